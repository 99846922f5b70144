package nl.veiligthuis.keten.wijkteam.zaak;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.afsluiting.Afsluiting;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.contact.Contactlogboek;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdracht;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachten;
import nl.veiligthuis.keten.wijkteam.intake.Intake;
import nl.veiligthuis.keten.wijkteam.intake.ZrmMoment;
import nl.veiligthuis.keten.wijkteam.monitoring.Monitoringcontacten;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorgbewaking;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Ondersteuningsplan;
import nl.veiligthuis.keten.wijkteam.opschaling.Opschaling;
import nl.veiligthuis.keten.wijkteam.samenwerking.Samenwerking;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.Veiligheidsplan;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanMoment;
import nl.veiligthuis.keten.wijkteam.verhuizing.Verhuizing;
import nl.veiligthuis.keten.wijkteam.verhuizing.ZaakVerhuisd;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Zaak implements ZaakGegevens {

    @AggregateIdentifier
    private String zaakId;
    private String overdrachtId;
    private String meldingId;
    private String gezinId;
    private Route route;
    private String gemeente;
    private String team;
    private ZaakStatus status;
    private Instant geaccepteerdOp;
    private Regisseur regisseur;

    // The parts of the zaak; each gets the zaak itself to read its status, and all of the zaak's events.
    @AggregateMember
    private final Intake intake = new Intake(this);
    @AggregateMember
    private final Ondersteuningsplan ondersteuningsplan = new Ondersteuningsplan(this);
    @AggregateMember
    private final Veiligheidsplan veiligheidsplan = new Veiligheidsplan(this);
    @AggregateMember
    private final Opschaling opschaling = new Opschaling(this);
    @AggregateMember
    private final Monitoringcontacten monitoringcontacten = new Monitoringcontacten(this);
    @AggregateMember
    private final Contactlogboek contactlogboek = new Contactlogboek(this);
    @AggregateMember
    private final Afsluiting afsluiting = new Afsluiting(this);
    @AggregateMember
    private final Nazorgbewaking nazorg = new Nazorgbewaking(this);
    @AggregateMember
    private final Samenwerking samenwerking = new Samenwerking(this);
    @AggregateMember
    private final GevoegdeOverdrachten gevoegdeOverdrachten = new GevoegdeOverdrachten(this);
    @AggregateMember
    private final Verhuizing verhuizing = new Verhuizing(this);

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
                klok.instant(), command.overdrachtDataref(), command.genoemdeLeden()));
    }

    @CommandHandler
    void handle(AccepteerOverdracht command, Clock klok, DeadlineManager deadlineManager) {
        if (status == ZaakStatus.TERUGGEMELD) {
            throw DomeinregelDetails.weigering("R9", "zaak " + zaakId + " is teruggemeld aan Veilig Thuis en kan "
                    + "niet meer worden geaccepteerd");
        }
        if (status != ZaakStatus.OVERDRACHT_ONTVANGEN) {
            throw DomeinregelDetails.weigering("R9", "de overdracht van zaak " + zaakId + " is al geaccepteerd");
        }
        Instant nu = klok.instant();
        apply(new OverdrachtGeaccepteerd(zaakId, overdrachtId, gezinId, gemeente, command.medewerker(), nu,
                command.team()));
        gevoegdeOverdrachten.accepteerWachtende(command.team(), command.medewerker(), nu);
        ondersteuningsplan.planProcesbespreking(deadlineManager, geaccepteerdOp);
        if (command.regisseur() != null) {
            apply(new RegisseurToegewezen(zaakId, gezinId, command.regisseur(), null, null, klok.instant()));
        }
    }

    /**
     * R10: one casusregisseur at a time, from acceptance until the zaak leaves the wijkteam; a change of regie
     * records its reden. Answers whether it was a change.
     */
    @CommandHandler
    boolean handle(WijsRegisseurToe command, Clock klok) {
        if (status == ZaakStatus.TERUGGEMELD || status == ZaakStatus.AFGESLOTEN) {
            throw DomeinregelDetails.weigering("R10", "zaak " + zaakId + " is " + status.name().toLowerCase()
                    + "; de regie ligt niet meer bij het wijkteam");
        }
        if (status != ZaakStatus.IN_BEHANDELING) {
            throw DomeinregelDetails.weigering("R10", "zaak " + zaakId + " is nog niet geaccepteerd; een "
                    + "casusregisseur wordt toegewezen na acceptatie");
        }
        if (opschaling.regieOvergedragenDoor() != null) {
            throw DomeinregelDetails.weigering("R10", "de " + opschaling.regieOvergedragenDoor().naam() + " heeft de "
                    + "regie van zaak " + zaakId + " overgedragen; alleen een nieuw besluit van een tafel wijzigt haar");
        }
        if (command.regisseur().isZelfde(regisseur)) {
            throw DomeinregelDetails.weigering("R10", "deze medewerker is al de casusregisseur van zaak " + zaakId);
        }
        String reden = command.reden() == null || command.reden().isBlank() ? null : command.reden().strip();
        boolean wissel = regisseur != null;
        if (wissel && reden == null) {
            throw DomeinregelDetails.weigering("R10", "een wissel van casusregisseur wordt vastgelegd met de reden");
        }
        apply(new RegisseurToegewezen(zaakId, gezinId, command.regisseur(), regisseur, reden, klok.instant()));
        return wissel;
    }

    /**
     * R9: instead of accepting, or when it lacks the means later on. R16: a zaak in treatment may not be closed
     * while safety risks remain; it is returned this way.
     */
    @CommandHandler
    void handle(MeldTerug command, Clock klok) {
        if (status != ZaakStatus.OVERDRACHT_ONTVANGEN && status != ZaakStatus.IN_BEHANDELING) {
            throw DomeinregelDetails.weigering("R9", "zaak " + zaakId + " kan niet worden teruggemeld: de status is "
                    + status);
        }
        if (opschaling.wachtOpBesluit()) {
            throw DomeinregelDetails.weigering("R15", "zaak " + zaakId + " wacht op het besluit van "
                    + opschaling.wachtOp() + "; tot dan blijven regie en zicht op veiligheid bij het wijkteam");
        }
        ZaakTeruggemeld terugmelding = new ZaakTeruggemeld(zaakId, overdrachtId, meldingId, gezinId, route, gemeente,
                command.reden(), command.toelichting(), command.medewerker(), klok.instant());
        apply(terugmelding);
        gevoegdeOverdrachten.meldTerug(terugmelding);
    }

    @DeadlineHandler(deadlineName = Veiligheidsplan.EVALUATIE)
    void veiligheidsplanEvaluatiemoment(VeiligheidsplanMoment moment, Clock klok) {
        veiligheidsplan.evaluatiemomentVerstreken(moment, klok);
    }

    @DeadlineHandler(deadlineName = Veiligheidsplan.EINDE)
    void veiligheidsplanEinde(VeiligheidsplanMoment moment, Clock klok) {
        veiligheidsplan.doorlooptijdVerstreken(moment, klok);
    }

    // deadline handlers stay on the root; the first parameter is the deadline, so the Clock is not taken as payload
    @DeadlineHandler(deadlineName = Nazorgbewaking.TERMIJN)
    void nazorgtermijnVerstreken(DeadlineMessage<?> deadline, Clock klok) {
        nazorg.termijnVerstreken(klok);
    }

    @DeadlineHandler(deadlineName = Ondersteuningsplan.PROCESBESPREKING)
    void procesbesprekingTermijnVerstreken(DeadlineMessage<?> deadline, Clock klok) {
        ondersteuningsplan.procesbesprekingTermijnVerstreken(klok);
    }

    @EventSourcingHandler
    void on(ZaakGeopend event) {
        this.zaakId = event.zaakId();
        this.overdrachtId = event.overdrachtId();
        this.meldingId = event.meldingId();
        this.gezinId = event.gezinId();
        this.route = event.route();
        this.gemeente = event.gemeente();
        this.status = ZaakStatus.OVERDRACHT_ONTVANGEN;
    }

    @EventSourcingHandler
    void on(OverdrachtGeaccepteerd event) {
        this.status = ZaakStatus.IN_BEHANDELING;
        this.geaccepteerdOp = event.geaccepteerdOp();
        this.team = event.team();
    }

    /** Issue 14 point 10: the zaak is with the wijkteam it moved to; what it publishes from now on names that one. */
    @EventSourcingHandler
    void on(ZaakVerhuisd event) {
        this.gemeente = event.naarGemeente();
        this.team = event.naarTeam();
    }

    @EventSourcingHandler
    void on(RegisseurToegewezen event) {
        this.regisseur = event.regisseur();
    }

    /** R16: closed, the zaak leaves the wijkteam and the regie ends. */
    @EventSourcingHandler
    void on(ZaakAfgesloten event) {
        this.status = ZaakStatus.AFGESLOTEN;
        this.regisseur = null;
    }

    @EventSourcingHandler
    void on(ZaakTeruggemeld event) {
        this.status = ZaakStatus.TERUGGEMELD;
        this.regisseur = null;
    }

    @Override
    public String zaakId() {
        return zaakId;
    }

    @Override
    public String overdrachtId() {
        return overdrachtId;
    }

    @Override
    public String meldingId() {
        return meldingId;
    }

    @Override
    public String gezinId() {
        return gezinId;
    }

    @Override
    public String gemeente() {
        return gemeente;
    }

    @Override
    public String team() {
        return team;
    }

    @Override
    public ZaakStatus status() {
        return status;
    }

    @Override
    public Instant geaccepteerdOp() {
        return geaccepteerdOp;
    }

    @Override
    public Regisseur regisseur() {
        return regisseur;
    }

    @Override
    public boolean heeftGezinsleden() {
        return intake.heeftGezinsleden();
    }

    @Override
    public Set<String> gezinsleden() {
        return intake.gezinsleden();
    }

    @Override
    public Set<String> kinderen() {
        return intake.kinderen();
    }

    @Override
    public boolean veiligheidVanAlleKinderenVastgesteld() {
        return intake.veiligheidVanAlleKinderenVastgesteld();
    }

    @Override
    public List<String> kinderenNietVeiligVastgesteld() {
        return intake.kinderenNietVeiligVastgesteld();
    }

    @Override
    public List<String> kinderenNietGehoord() {
        return intake.kinderenNietGehoord();
    }

    @Override
    public boolean veiligheidsplanInWerking() {
        return veiligheidsplan.inWerking();
    }

    @Override
    public boolean wachtOpOpschalingsbesluit() {
        return opschaling.wachtOpBesluit();
    }

    @Override
    public boolean regieBijTafel() {
        return opschaling.regieOvergedragenDoor() != null;
    }

    @Override
    public List<GevoegdeOverdracht> gevoegdeOverdrachten() {
        return gevoegdeOverdrachten.alle();
    }

    /** R10: the zaak is the gezin's lopende zaak, which a further handover for the gezin joins. */
    public boolean lopend() {
        return status == ZaakStatus.OVERDRACHT_ONTVANGEN || status == ZaakStatus.IN_BEHANDELING;
    }

    @Override
    public boolean zrmEindVastgelegd() {
        return intake.zrmVastgelegd(ZrmMoment.EIND);
    }
}
