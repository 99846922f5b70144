package nl.veiligthuis.keten.triage.zicht;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.triage.triage.TriageAanGezinGekoppeld;
import nl.veiligthuis.keten.triage.triage.ZaakTeruggemeldOntvangen;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBeeindigd;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijWijkteam;
import nl.veiligthuis.keten.triage.zicht.ZichtOpVeiligheidView.Periode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("zicht-op-veiligheid")
public class ZichtOpVeiligheidProjection {

    private final JdbcClient jdbc;

    public ZichtOpVeiligheidProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ZichtOpVeiligheidBijVeiligThuis event) {
        periode(event.meldingId(), event.gezinId(), ZichtOpVeiligheidView.VEILIG_THUIS, event.sinds(),
                event.grond().name(), null);
    }

    @EventHandler
    void on(ZichtOpVeiligheidBijWijkteam event) {
        periode(event.meldingId(), event.gezinId(), ZichtOpVeiligheidView.WIJKTEAM, event.sinds(),
                "OVERDRACHT_GEACCEPTEERD", event.zaakId());
    }

    @EventHandler
    void on(ZichtOpVeiligheidBeeindigd event) {
        periode(event.meldingId(), event.gezinId(), ZichtOpVeiligheidView.NIEMAND, event.sinds(),
                "ZAAK_VEILIG_AFGESLOTEN", event.zaakId());
    }

    @EventHandler
    void on(ZaakTeruggemeldOntvangen event) {
        jdbc.sql("""
                INSERT INTO terugmelding (overdracht_id, melding_id, gezin_id, zaak_id, route, reden, teruggemeld_op)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.overdrachtId(), event.meldingId(), event.gezinId(), event.zaakId(), event.route(),
                        event.reden(), Timestamp.from(event.teruggemeldOp()))
                .update();
    }

    /** The melding now counts for the gezin it was koppeled to, also its earlier periods and returns. */
    @EventHandler
    void on(TriageAanGezinGekoppeld event) {
        jdbc.sql("UPDATE zicht_op_veiligheid SET gezin_id = ? WHERE melding_id = ?")
                .params(event.gezinId(), event.meldingId()).update();
        jdbc.sql("UPDATE terugmelding SET gezin_id = ? WHERE melding_id = ?")
                .params(event.gezinId(), event.meldingId()).update();
    }

    private void periode(String meldingId, String gezinId, String houder, Instant sinds, String grond,
                         String zaakId) {
        jdbc.sql("""
                INSERT INTO zicht_op_veiligheid (melding_id, gezin_id, houder, sinds, grond, zaak_id)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(meldingId, gezinId, houder, Timestamp.from(sinds), grond, zaakId)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM zicht_op_veiligheid").update();
        jdbc.sql("DELETE FROM terugmelding").update();
    }

    /** The situation at {@code op} (history up to and including it); everything known when {@code op} is null. */
    public ZichtOpVeiligheidView find(String gezinId, Instant op) {
        var tot = op == null ? null : Timestamp.from(op);
        List<Periode> geschiedenis = jdbc.sql("""
                SELECT * FROM zicht_op_veiligheid WHERE gezin_id = :gezinId
                    AND (CAST(:op AS TIMESTAMP WITH TIME ZONE) IS NULL OR sinds <= :op)
                ORDER BY volgnummer""")
                .param("gezinId", gezinId)
                .param("op", tot)
                .query((rs, row) -> new Periode(rs.getString("melding_id"), rs.getString("houder"),
                        rs.getTimestamp("sinds").toInstant(), rs.getString("grond"), rs.getString("zaak_id")))
                .list();
        int terugmeldingen = jdbc.sql("""
                SELECT COUNT(*) FROM terugmelding WHERE gezin_id = :gezinId
                    AND (CAST(:op AS TIMESTAMP WITH TIME ZONE) IS NULL OR teruggemeld_op <= :op)""")
                .param("gezinId", gezinId)
                .param("op", tot)
                .query(Integer.class).single();
        return ZichtOpVeiligheidView.van(gezinId, geschiedenis, terugmeldingen);
    }
}
