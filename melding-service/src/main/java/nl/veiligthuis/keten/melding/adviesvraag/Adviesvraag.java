package nl.veiligthuis.keten.melding.adviesvraag;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** Recorded only: an adviesvraag gets no triage and starts no term. */
@Aggregate
public class Adviesvraag {

    @AggregateIdentifier
    private String adviesvraagId;

    protected Adviesvraag() {
    }

    @CommandHandler
    public Adviesvraag(RegistreerAdviesvraag command, Clock klok) {
        var nu = klok.instant();
        if (command.ontvangenOp().isAfter(nu)) {
            throw DomeinregelDetails.weigering("R1", "ontvangenOp ligt in de toekomst");
        }
        apply(new AdviesvraagGeregistreerd(command.adviesvraagId(), command.vrager(), command.gemeente(),
                command.regio(), command.geweldsvormen(), command.kinderenBetrokken(), command.vraag(),
                command.advies(), command.ontvangenOp(), nu));
    }

    @EventSourcingHandler
    void on(AdviesvraagGeregistreerd event) {
        this.adviesvraagId = event.adviesvraagId();
    }
}
