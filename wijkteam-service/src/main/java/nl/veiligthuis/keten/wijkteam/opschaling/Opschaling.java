package nl.veiligthuis.keten.wijkteam.opschaling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.zaak.RegisseurToegewezen;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The zaak's escalations (R15). One waits for a decision at a time; while it waits the regie stays where it is
 * (R10) and the zaak can be neither returned nor closed, so nobody lets go of the family in between.
 */
public class Opschaling {

    private final ZaakGegevens zaak;
    private String wachtendeOpschalingId;
    private Tafel wachtOp;
    private Tafel regieOvergedragenDoor;

    public Opschaling(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    public boolean wachtOpBesluit() {
        return wachtendeOpschalingId != null;
    }

    public Tafel wachtOp() {
        return wachtOp;
    }

    /** R10: the tafel that transferred the regie away from the wijkteam, or null while the regie is the team's. */
    public Tafel regieOvergedragenDoor() {
        return regieOvergedragenDoor;
    }

    @CommandHandler
    void handle(SchaalOp command, Clock klok) {
        zaak.vereisInBehandeling("R15", "Opschalen");
        if (wachtOpBesluit()) {
            throw DomeinregelDetails.weigering("R15", "zaak " + zaak.zaakId() + " wacht al op het besluit van "
                    + wachtOp + "; leg dat besluit eerst vast");
        }
        boolean crisis = command.reden() == RedenOpschaling.CRISIS;
        if (crisis != (command.tafel() == Tafel.CIT)) {
            throw DomeinregelDetails.weigering("R15", "in een crisis wordt opgeschaald naar het CIT, en naar het "
                    + "CIT alleen in een crisis");
        }
        apply(new ZaakOpgeschaald(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.opschalingId(),
                command.tafel(), command.reden(), command.toelichting(), command.zichthouder(), command.medewerker(),
                klok.instant()));
    }

    @CommandHandler
    void handle(LegOpschalingsbesluitVast command, Clock klok) {
        if (!command.opschalingId().equals(wachtendeOpschalingId)) {
            throw DomeinregelDetails.weigering("R15", "opschaling " + command.opschalingId() + " van zaak "
                    + zaak.zaakId() + " wacht niet op een besluit");
        }
        boolean overgedragen = command.besluit() == Besluit.REGIE_OVERGEDRAGEN;
        if (overgedragen != (command.nieuweRegisseur() != null)) {
            throw DomeinregelDetails.weigering("R10", overgedragen
                    ? "bij een overdracht van regie noemt het besluit de nieuwe regisseur"
                    : "de regie blijft bij het wijkteam; het besluit noemt geen nieuwe regisseur");
        }
        var nu = klok.instant();
        Tafel tafel = wachtOp;
        apply(new OpschalingBesloten(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.opschalingId(), tafel,
                command.besluit(), command.toelichting(), nu));
        if (overgedragen) {
            apply(new RegisseurToegewezen(zaak.zaakId(), zaak.gezinId(), command.nieuweRegisseur(),
                    zaak.regisseur(), "Besluit " + tafel.naam() + ": " + command.toelichting(), nu));
        }
    }

    @EventSourcingHandler
    void on(ZaakOpgeschaald event) {
        this.wachtendeOpschalingId = event.opschalingId();
        this.wachtOp = event.tafel();
    }

    @EventSourcingHandler
    void on(OpschalingBesloten event) {
        this.wachtendeOpschalingId = null;
        this.wachtOp = null;
        if (event.besluit() == Besluit.REGIE_OVERGEDRAGEN) {
            this.regieOvergedragenDoor = event.tafel();
        }
    }
}
