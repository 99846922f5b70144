package nl.veiligthuis.keten.triage.onderzoek;

import nl.veiligthuis.keten.triage.triage.TriageAfgerond;
import nl.veiligthuis.keten.triage.triage.Uitkomst;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Component;

/** Starts the onderzoek a triage decided on (R3 → R4). Runs at least once; the id makes a second start a no-op. */
@Component
@ProcessingGroup("onderzoek-starter")
@DisallowReplay
class OnderzoekStarter {

    private final CommandGateway commandGateway;

    OnderzoekStarter(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(TriageAfgerond event) {
        if (event.uitkomst() != Uitkomst.ONDERZOEK) {
            return;
        }
        try {
            commandGateway.sendAndWait(new StartOnderzoek(Onderzoek.idVoor(event.meldingId()), event.meldingId(),
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
