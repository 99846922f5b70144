package nl.veiligthuis.keten.triage.zicht;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis.Grond;
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
        jdbc.sql("""
                INSERT INTO zicht_op_veiligheid (melding_id, gezin_id, houder, sinds, grond)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.meldingId(), event.gezinId(), ZichtOpVeiligheidView.VEILIG_THUIS,
                        Timestamp.from(event.sinds()), event.grond().name())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM zicht_op_veiligheid").update();
    }

    /** The history up to and including {@code op}; everything known when {@code op} is null. */
    public ZichtOpVeiligheidView find(String gezinId, Instant op) {
        List<Periode> geschiedenis = jdbc.sql("""
                SELECT * FROM zicht_op_veiligheid WHERE gezin_id = :gezinId
                    AND (CAST(:op AS TIMESTAMP WITH TIME ZONE) IS NULL OR sinds <= :op)
                ORDER BY sinds, melding_id""")
                .param("gezinId", gezinId)
                .param("op", op == null ? null : Timestamp.from(op))
                .query((rs, row) -> new Periode(rs.getString("melding_id"), rs.getString("houder"),
                        rs.getTimestamp("sinds").toInstant(), Grond.valueOf(rs.getString("grond"))))
                .list();
        return ZichtOpVeiligheidView.van(gezinId, geschiedenis);
    }
}
