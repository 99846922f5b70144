package nl.veiligthuis.keten.melding.melding;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.veiligthuis.keten.platform.axon.VolgordePer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("melding-overzicht")
// one row per melding; a koppeling to another gezin must not let its later events overtake its first
@VolgordePer("meldingId")
public class MeldingOverzichtProjection {

    private final JdbcClient jdbc;

    public MeldingOverzichtProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeldingOntvangen event) {
        long kinderen = event.leden().stream().filter(lid -> lid.rol() == Rol.KIND).count();
        jdbc.sql("""
                INSERT INTO melding_overzicht (melding_id, gezin_id, melder_type, gemeente, regio, geweldsvormen,
                    kinderen_aanwezig, acuut_onveilig, aantal_kinderen, ontvangen_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (melding_id) DO NOTHING""")
                .params(event.meldingId(), event.gezinId(), event.melder().type().name(), event.gemeente(),
                        event.regio(),
                        event.geweldsvormen().stream().map(Enum::name).sorted().toArray(String[]::new),
                        event.kinderenAanwezig(), event.acuutOnveilig(), (int) kinderen,
                        Timestamp.from(event.ontvangenOp()))
                .update();
    }

    @EventHandler
    void on(MogelijkeDuplicatenGesignaleerd event) {
        event.mogelijkeDuplicaten().forEach(duplicaat -> jdbc.sql("""
                INSERT INTO melding_mogelijk_duplicaat (melding_id, gezin_id, grond) VALUES (?, ?, ?)
                ON CONFLICT (melding_id, gezin_id) DO NOTHING""")
                .params(event.meldingId(), duplicaat.gezinId(), duplicaat.grond().name())
                .update());
    }

    @EventHandler
    void on(MogelijkDuplicaatAfgewezen event) {
        jdbc.sql("DELETE FROM melding_mogelijk_duplicaat WHERE melding_id = ? AND gezin_id = ?")
                .params(event.meldingId(), event.gezinId())
                .update();
    }

    @EventHandler
    void on(MeldingAanGezinGekoppeld event) {
        jdbc.sql("UPDATE melding_overzicht SET gezin_id = ? WHERE melding_id = ?")
                .params(event.gezinId(), event.meldingId())
                .update();
        jdbc.sql("DELETE FROM melding_mogelijk_duplicaat WHERE melding_id = ?").param(event.meldingId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM melding_mogelijk_duplicaat").update();
        jdbc.sql("DELETE FROM melding_overzicht").update();
    }

    @QueryHandler
    Optional<MeldingOverzicht> handle(HaalMeldingOp query) {
        var duplicaten = jdbc.sql("""
                SELECT gezin_id, grond FROM melding_mogelijk_duplicaat WHERE melding_id = ? ORDER BY grond, gezin_id""")
                .param(query.meldingId())
                .query((rs, row) -> new MogelijkDuplicaat(rs.getString("gezin_id"),
                        Herkenningsgrond.valueOf(rs.getString("grond"))))
                .list();
        return jdbc.sql("SELECT * FROM melding_overzicht WHERE melding_id = ?")
                .param(query.meldingId())
                .query((rs, row) -> new MeldingOverzicht(rs.getString("melding_id"), rs.getString("gezin_id"),
                        MelderType.valueOf(rs.getString("melder_type")), rs.getString("gemeente"), rs.getString("regio"),
                        strings(rs.getArray("geweldsvormen")), rs.getBoolean("kinderen_aanwezig"),
                        rs.getBoolean("acuut_onveilig"), rs.getInt("aantal_kinderen"),
                        rs.getTimestamp("ontvangen_op").toInstant(), duplicaten))
                .optional();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
