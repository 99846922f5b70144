package nl.veiligthuis.keten.monitoring.aanvulling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One correction or own statement (R21). It has no command after the one that adds it: what is added is never changed
 * or withdrawn, and neither is what it is about; a later view is a new aanvulling.
 */
@Aggregate
public class Aanvulling {

    @AggregateIdentifier
    private String aanvullingId;

    protected Aanvulling() {
    }

    @CommandHandler
    public Aanvulling(VoegAanvullingToe command, Clock klok) {
        apply(new AanvullingToegevoegd(command.aanvullingId(), command.gezinId(), command.soort(),
                command.persoonId(), command.betreft(), command.tekst(), klok.instant()));
    }

    @EventSourcingHandler
    void on(AanvullingToegevoegd event) {
        this.aanvullingId = event.aanvullingId();
    }
}
