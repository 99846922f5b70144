package nl.veiligthuis.keten.melding.terugkoppeling;

import java.sql.Timestamp;
import nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R6, issue 14 point 5: every letter made ready is queued for dispatch, once: the row is keyed on the event's id and
 * written in the transaction of this processor's token, so the event store is the outbox. Never replayed, because a
 * replay would queue letters that were sent. Migration V2_7 starts this group at the beginning of the event store, so
 * the letters made before it existed are queued too.
 */
@Component
@ProcessingGroup("terugkoppeling-uitgang")
@DisallowReplay
class TerugkoppelingUitgang {

    private final JdbcClient jdbc;

    TerugkoppelingUitgang(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TerugkoppelingVerstuurd event, EventMessage<?> message) {
        jdbc.sql("""
                INSERT INTO terugkoppeling_bezorging (bezorging_id, melding_id, moment, aanleiding, tekst, status,
                                                      volgende_poging_op, aangemaakt_op)
                VALUES (?, ?, ?, ?, ?, 'WACHTEND', ?, ?) ON CONFLICT (bezorging_id) DO NOTHING""")
                .params(message.getIdentifier(), event.meldingId(), event.moment().name(),
                        event.aanleidingOfStandaard(), event.tekst(),
                        Timestamp.from(event.verstuurdOp()), Timestamp.from(event.verstuurdOp()))
                .update();
    }
}
