package nl.veiligthuis.keten.melding.terugkoppeling;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd;
import nl.veiligthuis.keten.melding.melding.Vervolgroute;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("terugkoppelingen")
public class TerugkoppelingProjection {

    private final JdbcClient jdbc;

    public TerugkoppelingProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TerugkoppelingVerstuurd event) {
        jdbc.sql("""
                INSERT INTO terugkoppeling (melding_id, moment, melder_type, vervolgroute, partners, tekst, verstuurd_op)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (melding_id, moment) DO NOTHING""")
                .params(event.meldingId(), event.moment().name(), event.melderType().name(),
                        event.vervolgroute().name(), event.partners().toArray(String[]::new), event.tekst(),
                        Timestamp.from(event.verstuurdOp()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM terugkoppeling").update();
    }

    @QueryHandler
    List<Terugkoppeling> handle(HaalTerugkoppelingenOp query) {
        return jdbc.sql("SELECT * FROM terugkoppeling WHERE melding_id = ? ORDER BY verstuurd_op, moment")
                .param(query.meldingId())
                .query((rs, row) -> new Terugkoppeling(Moment.valueOf(rs.getString("moment")),
                        MelderType.valueOf(rs.getString("melder_type")),
                        Vervolgroute.valueOf(rs.getString("vervolgroute")),
                        Arrays.asList((String[]) rs.getArray("partners").getArray()), rs.getString("tekst"),
                        rs.getTimestamp("verstuurd_op").toInstant()))
                .list();
    }
}
