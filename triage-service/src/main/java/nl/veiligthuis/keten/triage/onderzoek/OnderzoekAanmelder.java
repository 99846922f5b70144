package nl.veiligthuis.keten.triage.onderzoek;

import nl.veiligthuis.keten.triage.triage.TriageAfgerond;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
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

    OnderzoekAanmelder(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(TriageAfgerond event) {
        if (event.uitkomst() != Uitkomst.ONDERZOEK) {
            return;
        }
        try {
            commandGateway.sendAndWait(new MeldOnderzoekAan(Onderzoek.idVoor(event.meldingId(), event.ronde()), event.meldingId(),
                    event.gezinId(), event.gemeente()));
        } catch (RuntimeException e) {
            if (!alGestart(e)) {
                throw e;
            }
            // redelivered after a crash between command and token update: the onderzoek exists already
        }
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
