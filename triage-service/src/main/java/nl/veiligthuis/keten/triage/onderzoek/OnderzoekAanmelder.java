package nl.veiligthuis.keten.triage.onderzoek;

import java.util.List;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import nl.veiligthuis.keten.triage.triage.TriageAfgerond;
import nl.veiligthuis.keten.triage.triage.TriageGeopend;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

/**
 * Puts the onderzoek a triage decided on on VT's waiting list (R3 → R5); an onderzoeker starts it (R4). Runs at least
 * once; the id makes a second registration a no-op.
 */
@Component
// the processing group keeps its first name: its token records how far it got
@ProcessingGroup("onderzoek-starter")
@DisallowReplay
class OnderzoekAanmelder {

    private final CommandGateway commandGateway;
    private final EventStore eventStore;

    OnderzoekAanmelder(CommandGateway commandGateway, EventStore eventStore) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(TriageAfgerond event) {
        if (event.uitkomst() != Uitkomst.ONDERZOEK) {
            return;
        }
        try {
            commandGateway.sendAndWait(new MeldOnderzoekAan(Onderzoek.idVoor(event.meldingId(), event.ronde()),
                    event.meldingId(), event.gezinId(), event.gemeente(), genoemdeLeden(event.meldingId())));
        } catch (RuntimeException e) {
            if (!alGestart(e)) {
                throw e;
            }
            // redelivered after a crash between command and token update: the onderzoek exists already
        }
    }

    /** The persons the melding names, as its triage stream recorded them when it opened (R11). */
    private List<GenoemdGezinslid> genoemdeLeden(String meldingId) {
        return eventStore.readEvents(meldingId).asStream()
                .map(message -> message.getPayload())
                .filter(TriageGeopend.class::isInstance)
                .map(payload -> ((TriageGeopend) payload).leden())
                .findFirst().orElse(List.of());
    }

    private static boolean alGestart(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
