package nl.veiligthuis.keten.wijkteam.zaak;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.veiligthuis.keten.platform.web.DomeinregelDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Zaak {

    @AggregateIdentifier
    private String zaakId;
    private String overdrachtId;
    private String gezinId;
    private String gemeente;
    private ZaakStatus status;

    protected Zaak() {
    }

    /** Idempotent: the zaakId is derived from the overdracht, so opening it again changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenZaak command, Clock klok) {
        if (zaakId != null) {
            return;
        }
        apply(new ZaakGeopend(command.zaakId(), command.overdrachtId(), command.meldingId(), command.gezinId(),
                command.route(), command.gemeente(), command.onderzoekId(), command.overdrachtGedaanOp(),
                klok.instant()));
    }

    @CommandHandler
    void handle(AccepteerOverdracht command, Clock klok) {
        if (status != ZaakStatus.OVERDRACHT_ONTVANGEN) {
            throw DomeinregelDetails.weigering("R9", "de overdracht van zaak " + zaakId + " is al geaccepteerd");
        }
        apply(new OverdrachtGeaccepteerd(zaakId, overdrachtId, gezinId, gemeente, command.medewerker(),
                klok.instant()));
    }

    @EventSourcingHandler
    void on(ZaakGeopend event) {
        this.zaakId = event.zaakId();
        this.overdrachtId = event.overdrachtId();
        this.gezinId = event.gezinId();
        this.gemeente = event.gemeente();
        this.status = ZaakStatus.OVERDRACHT_ONTVANGEN;
    }

    @EventSourcingHandler
    void on(OverdrachtGeaccepteerd event) {
        this.status = ZaakStatus.IN_BEHANDELING;
    }
}
