package nl.veiligthuis.keten.wijkteam.afsluiting;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdracht;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtAfgesloten;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorg;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgDoor;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorgbewaking;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Closing a zaak (R16): proposed by the team, reviewed by a teamleider, and checked against the zaak's safety both
 * times, because a child may have been judged unsafe between the proposal and the review.
 */
public class Afsluiting {


    private final ZaakGegevens zaak;
    private AfsluitingVoorgesteld voorstel;

    public Afsluiting(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    public boolean terBeoordeling() {
        return voorstel != null;
    }

    @CommandHandler
    void handle(StelAfsluitingVoor command, Clock klok) {
        zaak.vereisInBehandeling("R16", "Afsluiten");
        vereisNietsWachtend("Afsluiten");
        if (voorstel != null) {
            throw DomeinregelDetails.weigering("R16", "de afsluiting van zaak " + zaak.zaakId() + " wacht al op de "
                    + "beoordeling door de teamleider");
        }
        if (command.uitkomst() == Uitkomst.VERVOLG_GEREGELD
                && (command.vervolg() == null || command.vervolg().isBlank())) {
            throw DomeinregelDetails.weigering("R16", "bij afsluiten met een vervolg staat vast welk vervolg is geregeld");
        }
        vereisVeiligOmLosTeLaten(command.uitkomst());
        if (command.uitkomst() != Uitkomst.GEEN_HULPVRAAG && !zaak.zrmEindVastgelegd()) {
            throw DomeinregelDetails.weigering("R11", "leg de ZRM aan het einde van de hulp vast voordat de zaak "
                    + "wordt afgesloten");
        }
        if (command.informeren().stream().anyMatch(deling -> !deling.toestemming()
                && deling.redenZonderToestemming() != null)) {
            throw DomeinregelDetails.weigering("R17", "bij het afsluiten zijn de kinderen veilig; zonder toestemming "
                    + "wordt dan niemand geïnformeerd");
        }
        vereisNazorg(command.nazorg(), klok, zaak);
        apply(new AfsluitingVoorgesteld(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.uitkomst(),
                command.vervolg(), command.onderbouwing(), List.copyOf(command.informeren()), command.medewerker(),
                klok.instant(), command.nazorg()));
    }

    /**
     * Issue 14 point 7: the nazorg runs from tomorrow up to a year; another organisation is named; the casusregisseur
     * watches only when the zaak has one. Checked at the proposal and again at the approval, when it takes effect.
     */
    private static void vereisNazorg(Nazorg nazorg, Clock klok, ZaakGegevens zaak) {
        if (nazorg == null) {
            return;
        }
        LocalDate vandaag = LocalDate.ofInstant(klok.instant(), NEDERLAND);
        if (!nazorg.tot().isAfter(vandaag) || nazorg.tot().isAfter(vandaag.plusYears(1))) {
            throw DomeinregelDetails.weigering("R16", "nazorg loopt na de afsluiting, tot uiterlijk een jaar; niet tot "
                    + nazorg.tot());
        }
        if (nazorg.door() == NazorgDoor.ANDERE_ORGANISATIE
                && (nazorg.organisatie() == null || nazorg.organisatie().isBlank())) {
            throw DomeinregelDetails.weigering("R16", "nazorg door een andere organisatie noemt die organisatie");
        }
        if (nazorg.door() == NazorgDoor.CASUSREGISSEUR && zaak.regisseur() == null) {
            throw DomeinregelDetails.weigering("R16", "zaak " + zaak.zaakId() + " heeft geen casusregisseur om de "
                    + "nazorg te doen; kies het wijkteam of een andere organisatie");
        }
    }

    /** The nazorg proposed, or without one the default: the casusregisseur (or, without one, the wijkteam). */
    private Nazorg nazorgBijAfsluiting(Nazorg voorgesteld, Clock klok) {
        if (voorgesteld != null) {
            vereisNazorg(voorgesteld, klok, zaak);
            return voorgesteld;
        }
        return Nazorgbewaking.standaard(zaak.regisseur() != null, LocalDate.ofInstant(klok.instant(), NEDERLAND));
    }

    @CommandHandler
    void handle(BeoordeelAfsluiting command, Clock klok, DeadlineManager deadlineManager) {
        zaak.vereisInBehandeling("R16", "Een afsluiting beoordelen");
        if (voorstel == null) {
            throw DomeinregelDetails.weigering("R16", "er wacht geen afsluiting van zaak " + zaak.zaakId()
                    + " op beoordeling");
        }
        if (command.teamleider().zelfdePersoon(voorstel.medewerker())) {
            throw DomeinregelDetails.weigering("R16", "de teamleider beoordeelt de afsluiting van een ander (vier ogen)");
        }
        Instant nu = klok.instant();
        Nazorg nazorg = null;
        if (command.besluit() == Beoordeling.GOEDGEKEURD) {
            vereisVeiligOmLosTeLaten(voorstel.uitkomst());
            vereisNietsWachtend("Een afsluiting goedkeuren");
            nazorg = nazorgBijAfsluiting(voorstel.nazorg(), klok);
        }
        AfsluitingVoorgesteld goedgekeurd = voorstel;
        apply(new AfsluitingBeoordeeld(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.besluit(),
                command.opmerkingen(), command.teamleider(), nu));
        if (command.besluit() == Beoordeling.GOEDGEKEURD) {
            List<Partij> geinformeerd = goedgekeurd.informeren().stream().filter(Informatiedeling::geinformeerd)
                    .map(Informatiedeling::partij).toList();
            List<Partij> nietGeinformeerd = goedgekeurd.informeren().stream().filter(deling -> !deling.geinformeerd())
                    .map(Informatiedeling::partij).toList();
            apply(new ZaakAfgesloten(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), goedgekeurd.uitkomst(),
                    goedgekeurd.vervolg(), geinformeerd, nietGeinformeerd, nu, zaak.overdrachtId(), zaak.meldingId(),
                    nazorg));
            Nazorgbewaking.plan(deadlineManager, nazorg);
            // R10: the handovers that joined the zaak close with it, each told to Veilig Thuis for its melding
            for (GevoegdeOverdracht gevoegd : zaak.gevoegdeOverdrachten()) {
                apply(new GevoegdeOverdrachtAfgesloten(zaak.zaakId(), gevoegd.overdrachtId(), gevoegd.meldingId(),
                        zaak.gezinId(), zaak.gemeente(), goedgekeurd.uitkomst(), geinformeerd, nietGeinformeerd, nu));
            }
        }
    }

    /** R9: a handover that joined the zaak and still waits for acceptance is taken in or split off first. */
    private void vereisNietsWachtend(String handeling) {
        zaak.gevoegdeOverdrachten().stream().filter(GevoegdeOverdracht::wacht).findFirst().ifPresent(overdracht -> {
            throw DomeinregelDetails.weigering("R9", handeling + " kan niet: overdracht " + overdracht.overdrachtId()
                    + " is bij zaak " + zaak.zaakId() + " gevoegd en wacht op acceptatie of afsplitsing");
        });
    }

    /**
     * R17 at the start of help: a party is informed with consent, or without it only while a child is not safe and
     * with the reason recorded.
     */
    @CommandHandler
    void handle(LegInformatiedelingVast command, Clock klok) {
        zaak.vereisInBehandeling("R17", "Betrokkenen informeren");
        boolean zonderToestemming = command.partijen().stream()
                .anyMatch(deling -> !deling.toestemming() && deling.redenZonderToestemming() != null);
        if (zonderToestemming && zaak.veiligheidVanAlleKinderenVastgesteld()) {
            throw DomeinregelDetails.weigering("R17", "zonder toestemming wordt alleen gedeeld bij een "
                    + "veiligheidsrisico; de veiligheid van alle kinderen is vastgesteld");
        }
        apply(new BetrokkenenGeinformeerd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), Moment.START,
                List.copyOf(command.partijen()), command.medewerker(), klok.instant()));
    }

    /** R16: let go only when it is safe; R15: not while a tafel still has to decide; R13: no plan still running. */
    private void vereisVeiligOmLosTeLaten(Uitkomst uitkomst) {
        if (zaak.wachtOpOpschalingsbesluit()) {
            throw DomeinregelDetails.weigering("R15", "zaak " + zaak.zaakId() + " wacht op het besluit van de tafel en "
                    + "kan niet worden afgesloten");
        }
        if (!zaak.veiligheidVanAlleKinderenVastgesteld()) {
            List<String> kinderen = zaak.kinderenNietVeiligVastgesteld();
            List<String> welke = new ArrayList<>(kinderen);
            if (!zaak.heeftGezinsleden()) {
                welke.add(0, "er zijn geen gezinsleden geregistreerd");
            }
            throw DomeinregelDetails.weigering("R16", (uitkomst == Uitkomst.GEEN_HULPVRAAG
                    ? "geen hulpvraag terwijl de veiligheid van de kinderen niet is vastgesteld: meld de zaak terug "
                    + "aan Veilig Thuis (terugmelding met reden GEEN_HULPVRAAG_BIJ_ONVEILIGHEID)"
                    : "de zaak wordt pas afgesloten als is vastgesteld dat alle kinderen veilig zijn") + " ("
                    + String.join("; ", welke) + ")");
        }
        // issue 14 point 1 (001 §3.3.2): not closed without having spoken with the children, or recorded why not
        List<String> nietGehoord = zaak.kinderenNietGehoord();
        if (!nietGehoord.isEmpty()) {
            throw DomeinregelDetails.weigering("R11", "leg vast dat met elk kind is gesproken, of waarom niet, "
                    + "voordat de zaak wordt afgesloten (" + String.join("; ", nietGehoord) + ")");
        }
        if (zaak.veiligheidsplanInWerking()) {
            throw DomeinregelDetails.weigering("R13", "het veiligheidsplan is nog in werking; beëindig het eerst");
        }
    }



    @EventSourcingHandler
    void on(AfsluitingVoorgesteld event) {
        this.voorstel = event;
    }

    @EventSourcingHandler
    void on(AfsluitingBeoordeeld event) {
        this.voorstel = null;
    }

    /** A zaak returned to Veilig Thuis while its closing waited is not closed: the proposal lapses. */
    @EventSourcingHandler
    void on(ZaakTeruggemeld event) {
        this.voorstel = null;
    }
}
