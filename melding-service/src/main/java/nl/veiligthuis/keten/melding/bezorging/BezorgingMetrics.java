package nl.veiligthuis.keten.melding.bezorging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.veiligthuis.keten.melding.terugkoppeling.BezorgingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R6: per status the number of letters to melders, {@code keten.terugkoppeling.bezorging{status}}; a rising WACHTEND or
 * any MISLUKT asks operations for attention. Counted when scraped: one count per status, on an index.
 */
@Component
class BezorgingMetrics {

    BezorgingMetrics(MeterRegistry registry, JdbcClient jdbc) {
        for (BezorgingStatus status : BezorgingStatus.values()) {
            Gauge.builder("keten.terugkoppeling.bezorging", () -> jdbc.sql(
                            "SELECT count(*) FROM terugkoppeling_bezorging WHERE status = ?")
                            .param(status.name()).query(Long.class).single())
                    .description("Brieven aan melders per bezorgstatus (R6)")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
