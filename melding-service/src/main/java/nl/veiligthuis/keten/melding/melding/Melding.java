package nl.veiligthuis.keten.melding.melding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.veiligthuis.keten.platform.web.DomeinregelDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Melding {

    @AggregateIdentifier
    private String meldingId;

    protected Melding() {
    }

    @CommandHandler
    public Melding(RegistreerMelding command, Clock klok) {
        var nu = klok.instant();
        if (command.ontvangenOp().isAfter(nu)) {
            throw DomeinregelDetails.weigering("R1", "ontvangenOp ligt in de toekomst");
        }
        apply(new MeldingOntvangen(command.meldingId(), command.gezinId(), command.melder(), command.gemeente(),
                command.regio(), command.leden(), command.geweldsvormen(), command.kinderenAanwezig(), command.acuutOnveilig(),
                command.omschrijving(), command.ontvangenOp(), nu));
    }

    @EventSourcingHandler
    void on(MeldingOntvangen event) {
        this.meldingId = event.meldingId();
    }
}
