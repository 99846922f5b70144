package nl.veiligthuis.keten.wijkteam.monitoring;

import java.util.Optional;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which zaak a VT monitoring concerns: both start from the same overdracht. Kept when the monitoring starts, so a
 * later contact (which names only the monitoring) finds its zaak. Called inside the consumer's transaction.
 */
@Component
public class MonitoringKoppeling {

    private final JdbcClient jdbc;

    public MonitoringKoppeling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: the same monitoring again changes nothing. */
    public void koppel(String monitoringId, String overdrachtId) {
        jdbc.sql("""
                INSERT INTO monitoring_zaak (monitoring_id, zaak_id, overdracht_id) VALUES (?, ?, ?)
                ON CONFLICT (monitoring_id) DO NOTHING""")
                .params(monitoringId, OpenZaak.zaakIdVoor(overdrachtId), overdrachtId)
                .update();
    }

    public Optional<String> zaakVan(String monitoringId) {
        return jdbc.sql("SELECT zaak_id FROM monitoring_zaak WHERE monitoring_id = ?")
                .param(monitoringId)
                .query(String.class)
                .optional();
    }
}
