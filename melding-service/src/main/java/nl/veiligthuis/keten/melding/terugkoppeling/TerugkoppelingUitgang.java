package nl.veiligthuis.keten.melding.terugkoppeling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * R6, issue 14 point 5: every letter made ready is queued for dispatch, once: the row is keyed on the event's id and
 * written in the transaction of this processor's token, so the event store is the outbox. Never replayed, because a
 * replay would queue letters that were sent. A letter older than {@code keten.terugkoppeling.bezorging.hoogstens-oud}
 * (14 days) when it is queued — made before dispatch existed, or while no channel was set — is AANGEHOUDEN: a beheerder
 * decides whether it still goes, so a melder does not get a stale letter unasked.
 */
@Component
@ProcessingGroup("terugkoppeling-uitgang")
@DisallowReplay
class TerugkoppelingUitgang {

    private final JdbcClient jdbc;
    private final Clock klok;
    private final Duration hoogstensOud;

    TerugkoppelingUitgang(JdbcClient jdbc, Clock klok,
                          @Value("${keten.terugkoppeling.bezorging.hoogstens-oud:P14D}") Duration hoogstensOud) {
        this.jdbc = jdbc;
        this.klok = klok;
        this.hoogstensOud = hoogstensOud;
    }

    @EventHandler
    void on(TerugkoppelingVerstuurd event, EventMessage<?> message) {
        jdbc.sql("""
                INSERT INTO terugkoppeling_bezorging (bezorging_id, melding_id, moment, aanleiding, tekst, status,
                                                      volgende_poging_op, aangemaakt_op)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (bezorging_id) DO NOTHING""")
                .params(message.getIdentifier(), event.meldingId(), event.moment().name(),
                        event.aanleidingOfStandaard(), event.tekst(),
                        event.verstuurdOp().isBefore(klok.instant().minus(hoogstensOud))
                                ? BezorgingStatus.AANGEHOUDEN.name() : BezorgingStatus.WACHTEND.name(),
                        Timestamp.from(event.verstuurdOp()), Timestamp.from(event.verstuurdOp()))
                .update();
    }
}
