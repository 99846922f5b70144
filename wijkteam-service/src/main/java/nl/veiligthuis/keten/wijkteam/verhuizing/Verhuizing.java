package nl.veiligthuis.keten.wijkteam.verhuizing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.gezinsregie.LopendeZaken;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import nl.veiligthuis.keten.wijkteam.zaak.RegisseurToegewezen;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Issue 14 point 10, the part of a Zaak that moves it to another wijkteam (R10: one regisseur at a time, every change
 * of regie with its reason; R2: zicht op veiligheid is always somebody's). One move waits at a time; while it waits,
 * regie and zicht stay with the team that holds the zaak. A return or closing lets a waiting move lapse.
 */
public class Verhuizing {

    static final String REGEL = "R10";

    private final ZaakGegevens zaak;
    private String wachtend;
    private String wachtendNaar;
    private LocalDate wachtendVerhuisdOp;
    private LocalDate aangemeldOp;
    private int aangemeld;

    public Verhuizing(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    @CommandHandler
    String handle(MeldVerhuizingAan command, Clock klok) {
        zaak.vereisInBehandeling(REGEL, "een verhuizing aanmelden");
        if (wachtend != null) {
            throw weigering("de verhuizing naar " + wachtendNaar + " wacht nog op het besluit van het ontvangende "
                    + "wijkteam");
        }
        vereisGeenTafel("tot dan blijven regie en zicht op veiligheid bij dit wijkteam",
                "alleen een nieuw besluit van de tafel wijzigt haar");
        String naarGemeente = tekst(command.naarGemeente());
        String naarTeam = tekst(command.naarTeam());
        if (naarGemeente == null || command.verhuisdOp() == null) {
            throw weigering("een verhuizing noemt de gemeente waar het gezin gaat wonen en de dag van de verhuizing");
        }
        if (naarGemeente.equalsIgnoreCase(zaak.gemeente())
                && (naarTeam == null || zaak.team() == null || naarTeam.equalsIgnoreCase(zaak.team()))) {
            throw weigering("de zaak is al bij het wijkteam van " + zaak.gemeente() + "; een verhuizing gaat naar een "
                    + "andere gemeente, of binnen de gemeente naar een ander team");
        }
        if (command.toestemming() == null) {
            throw DomeinregelDetails.weigering("R17", "toestemming: de zaak gaat naar een andere organisatie met "
                    + "toestemming van het gezin, of zonder met de reden");
        }
        String redenZonderToestemming = tekst(command.redenZonderToestemming());
        if (command.toestemming() == Toestemming.ZONDER_TOESTEMMING_MET_REDEN && redenZonderToestemming == null) {
            throw DomeinregelDetails.weigering("R17", "redenZonderToestemming: zonder toestemming van het gezin gaat "
                    + "de zaak alleen over met de veiligheidsreden");
        }
        vereisMedewerker(command.medewerker(), "wie de verhuizing aanmeldde");
        String verhuizingId = UUID.nameUUIDFromBytes(("verhuizing:" + zaak.zaakId() + ":" + aangemeld)
                .getBytes(StandardCharsets.UTF_8)).toString();
        apply(new VerhuizingAangemeld(zaak.zaakId(), verhuizingId, zaak.gezinId(), zaak.gemeente(), zaak.team(),
                naarGemeente, naarTeam, command.verhuisdOp(), command.toestemming(),
                command.toestemming() == Toestemming.GEGEVEN ? null : redenZonderToestemming,
                tekst(command.toelichting()), zaak.regisseur(), command.medewerker(), klok.instant()));
        return verhuizingId;
    }

    @CommandHandler
    void handle(AccepteerVerhuizing command, Clock klok, LopendeZaken lopendeZaken) {
        vereisWachtend(command.verhuizingId());
        String team = tekst(command.team());
        if (team == null) {
            throw weigering("team: het ontvangende team neemt de zaak over");
        }
        // the gemeente as the receiving wijkteam spells it (its token), when that is the one announced
        String naar = command.gemeente() != null && command.gemeente().equalsIgnoreCase(wachtendNaar)
                ? command.gemeente() : wachtendNaar;
        if (naar.equalsIgnoreCase(zaak.gemeente()) && team.equalsIgnoreCase(zaak.team())) {
            throw weigering("team: zaak " + zaak.zaakId() + " is al bij team " + zaak.team() + "; een ander team "
                    + "neemt haar over");
        }
        // R15 and R10, as at the announcement: an escalation may have come since
        vereisGeenTafel("tot dan blijven regie en zicht op veiligheid bij het wijkteam dat haar heeft",
                "weiger de verhuizing, alleen een nieuw besluit van de tafel wijzigt de regie");
        // R10, 1 Gezin 1 Plan 1 Regisseur: the gezin may have a zaak there already (a handover while the move waited)
        Optional<String> daar = lopendeZaken.buitenGezinsregie(zaak.gezinId()).stream()
                .filter(zaakId -> !zaakId.equals(zaak.zaakId()) && lopendeZaken.lopendIn(zaakId, naar))
                .findFirst();
        if (daar.isPresent()) {
            throw weigering("het gezin heeft bij het wijkteam van " + naar + " al lopende zaak " + daar.get()
                    + "; één gezin, één regisseur: weiger de verhuizing (ANDER_TEAM_OF_GEMEENTE) en breng de zorg in "
                    + "die zaak samen");
        }
        Regisseur regisseur = command.regisseur();
        if (regisseur == null || tekst(regisseur.naam()) == null || tekst(regisseur.organisatie()) == null) {
            throw weigering("regisseur: met de zaak gaat de regie over; het ontvangende team noemt de casusregisseur");
        }
        Instant nu = klok.instant();
        LocalDate vandaag = LocalDate.ofInstant(nu, Klok.NEDERLAND);
        if (command.warmeOverdrachtOp() == null || command.warmeOverdrachtOp().isAfter(vandaag)
                || command.warmeOverdrachtOp().isBefore(aangemeldOp)) {
            throw weigering("warmeOverdrachtOp: de zaak gaat over na een warme overdracht, gehouden tussen de "
                    + "aanmelding op " + aangemeldOp + " en vandaag");
        }
        vereisMedewerker(command.medewerker(), "wie de zaak overnam");
        String van = zaak.gemeente();
        Regisseur vorige = zaak.regisseur();
        apply(new ZaakVerhuisd(zaak.zaakId(), wachtend, zaak.gezinId(), van, zaak.team(), naar, team,
                wachtendVerhuisdOp, command.warmeOverdrachtOp(), command.medewerker(), nu));
        apply(new RegisseurToegewezen(zaak.zaakId(), zaak.gezinId(), regisseur, vorige,
                "Verhuizing van " + van + " naar " + naar + " (team " + team + ")", nu));
    }

    @CommandHandler
    void handle(WeigerVerhuizing command, Clock klok) {
        vereisWachtend(command.verhuizingId());
        if (command.reden() == null || tekst(command.toelichting()) == null) {
            throw weigering("een geweigerde verhuizing noemt de reden en licht die toe");
        }
        vereisMedewerker(command.medewerker(), "wie de verhuizing weigerde");
        apply(new VerhuizingGeweigerd(zaak.zaakId(), wachtend, zaak.gezinId(), zaak.gemeente(), wachtendNaar,
                command.reden(), tekst(command.toelichting()), command.medewerker(), klok.instant()));
    }

    /** The announcing team takes its move back, e.g. a gemeente named wrongly or a move that did not happen. */
    @CommandHandler
    void handle(TrekVerhuizingIn command, Clock klok) {
        vereisWachtend(command.verhuizingId());
        if (tekst(command.toelichting()) == null) {
            throw weigering("een ingetrokken verhuizing zegt waarom");
        }
        vereisMedewerker(command.medewerker(), "wie de verhuizing introk");
        apply(new VerhuizingIngetrokken(zaak.zaakId(), wachtend, zaak.gezinId(), zaak.gemeente(), wachtendNaar,
                tekst(command.toelichting()), command.medewerker(), klok.instant()));
    }

    @EventSourcingHandler
    void on(VerhuizingIngetrokken event) {
        wachtend = null;
    }

    @EventSourcingHandler
    void on(VerhuizingAangemeld event) {
        wachtend = event.verhuizingId();
        wachtendNaar = event.naarGemeente();
        wachtendVerhuisdOp = event.verhuisdOp();
        aangemeldOp = LocalDate.ofInstant(event.aangemeldOp(), Klok.NEDERLAND);
        aangemeld++;
    }

    @EventSourcingHandler
    void on(ZaakVerhuisd event) {
        wachtend = null;
    }

    @EventSourcingHandler
    void on(VerhuizingGeweigerd event) {
        wachtend = null;
    }

    @EventSourcingHandler
    void on(ZaakTeruggemeld event) {
        wachtend = null;
    }

    @EventSourcingHandler
    void on(ZaakAfgesloten event) {
        wachtend = null;
    }

    private void vereisWachtend(String verhuizingId) {
        if (wachtend == null || !wachtend.equals(verhuizingId)) {
            throw weigering("verhuizing " + verhuizingId + " van zaak " + zaak.zaakId() + " wacht niet (meer) op een "
                    + "besluit");
        }
    }

    private static void vereisMedewerker(Medewerker medewerker, String wie) {
        if (medewerker == null || tekst(medewerker.naam()) == null) {
            throw weigering("de verhuizing legt vast " + wie);
        }
    }

    private static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }

    /** R15: no move while a tafel must decide; R10: none while a tafel holds the regie. */
    private void vereisGeenTafel(String zolangBesluitWacht, String zolangTafelRegieHeeft) {
        if (zaak.wachtOpOpschalingsbesluit()) {
            throw DomeinregelDetails.weigering("R15", "zaak " + zaak.zaakId() + " wacht op het besluit van een tafel; "
                    + zolangBesluitWacht);
        }
        if (zaak.regieBijTafel()) {
            throw weigering("een tafel heeft de regie van zaak " + zaak.zaakId() + " overgenomen; "
                    + zolangTafelRegieHeeft);
        }
    }

    private static RuntimeException weigering(String reden) {
        return DomeinregelDetails.weigering(REGEL, reden);
    }
}
