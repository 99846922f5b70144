package nl.veiligthuis.keten.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records which integration events a consumer has handled. Called inside the transaction that performs the
 * effect, so either both the effect and the record are stored, or neither is.
 */
public class Inbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Inbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return true the first time this consumer sees the event; false for a redelivery */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean eersteKeer(String consumer, KetenEvent event) {
        int rows = jdbc.update("""
                INSERT INTO inbox_message (consumer, event_id, event_type, processed_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                consumer, event.id(), event.type(), Timestamp.from(clock.instant()));
        return rows == 1;
    }
}
