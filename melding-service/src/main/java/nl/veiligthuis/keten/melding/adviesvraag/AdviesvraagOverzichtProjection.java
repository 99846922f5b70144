package nl.veiligthuis.keten.melding.adviesvraag;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.MelderType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("adviesvraag-overzicht")
public class AdviesvraagOverzichtProjection {

    private final JdbcClient jdbc;

    public AdviesvraagOverzichtProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AdviesvraagGeregistreerd event) {
        jdbc.sql("""
                INSERT INTO adviesvraag_overzicht (adviesvraag_id, vrager_type, gemeente, regio, geweldsvormen,
                    kinderen_betrokken, ontvangen_op)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (adviesvraag_id) DO NOTHING""")
                .params(event.adviesvraagId(), event.vrager().type().name(), event.gemeente(), event.regio(),
                        event.geweldsvormen().stream().map(Enum::name).sorted().toArray(String[]::new),
                        event.kinderenBetrokken(), Timestamp.from(event.ontvangenOp()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM adviesvraag_overzicht").update();
    }

    @QueryHandler
    Optional<AdviesvraagOverzicht> handle(HaalAdviesvraagOp query) {
        return jdbc.sql("SELECT * FROM adviesvraag_overzicht WHERE adviesvraag_id = ?")
                .param(query.adviesvraagId())
                .query((rs, row) -> new AdviesvraagOverzicht(rs.getString("adviesvraag_id"),
                        MelderType.valueOf(rs.getString("vrager_type")), rs.getString("gemeente"), rs.getString("regio"),
                        strings(rs.getArray("geweldsvormen")), rs.getBoolean("kinderen_betrokken"),
                        rs.getTimestamp("ontvangen_op").toInstant()))
                .optional();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
