package nl.veiligthuis.keten.testinfra;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the read models an erasure rebuilds in the background (R21): every rebuildable group has finished a
 * herbouw started since {@code sinds}. A test that erases waits for this, so no herbouw of its runs on into the next.
 */
public final class Herbouwen {

    private Herbouwen() {
    }

    public static void wachtTotKlaar(JdbcTemplate jdbc, Instant sinds, int groepen, Duration maximaal) {
        // the groups run one after another, and a repeated erasure may queue a second round: quiet for 2 s
        await().atMost(maximaal).during(Duration.ofSeconds(2)).until(() -> jdbc.queryForObject("""
                SELECT count(DISTINCT projectie) FROM projectie_herbouw
                WHERE gestart_op >= ? AND status <> 'LOOPT'""", Integer.class, Timestamp.from(sinds)) >= groepen
                && jdbc.queryForObject("SELECT count(*) FROM projectie_herbouw WHERE status = 'LOOPT'",
                Integer.class) == 0);
    }
}
