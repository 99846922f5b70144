package nl.veiligthuis.keten.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.triage.onderzoek.Onderzoek;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis.Grond;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * VT's case for one melding: triage (R1, R3), who holds zicht op veiligheid (R2), the wait (R5) and what comes
 * back from the wijkteam (R9). R5: while the case waits at VT (from receipt until the wijkteam accepts the handover,
 * the triage is closed, or VT acts itself with SPOED or INTERVENTIE; again after a return) a persisted deadline
 * checks that VT has a wachtcontact at the case's monitoringsfrequentie.
 */
@Aggregate
public class Triage {

    static final String TRIAGETERMIJN = "triagetermijn";
    static final String WACHTCONTACT = "wachtcontact";

    private enum Houder { VEILIG_THUIS, WIJKTEAM }

    @AggregateIdentifier
    private String meldingId;
    private String gezinId;
    private String gemeente;
    private LocalDate uiterlijkAfgerondOp;
    private boolean gestart;
    private boolean afgerond;
    private int ronde;
    private boolean termijnOverschreden;
    private Houder zichtOpVeiligheid;
    private int aantalTerugmeldingen;
    private final Set<String> teruggemeldeOverdrachten = new HashSet<>();
    private Instant ontvangenOp;
    private List<GenoemdGezinslid> leden = List.of();
    /** R5: the case waits at VT; the frequency, the last wachtcontact and the moment the current interval began. */
    private boolean wacht;
    private Monitoringsfrequentie frequentie;
    private Instant laatsteWachtcontactOp;
    private Instant wachtcontactSinds;

    protected Triage() {
    }

    @CommandHandler
    public Triage(OpenTriage command, Clock klok, DeadlineManager deadlineManager) {
        var uiterlijk = Werkdagen.triagetermijn(command.ontvangenOp());
        var nu = klok.instant();
        apply(new TriageGeopend(command.meldingId(), command.gezinId(), command.gemeente(), command.acuutOnveilig(),
                command.ontvangenOp(), uiterlijk, nu, command.regio(), command.herhaalmelding(),
                command.politiemelding(), command.leden()));
        // R5: no case waits without a monitoring frequency; VT replaces this default by its own estimate
        apply(new MonitoringsfrequentieVastgesteld(command.meldingId(), command.gezinId(),
                Monitoringsfrequentie.standaardVoor(command.acuutOnveilig()), "standaard bij ontvangst", null, nu));
        if (command.acuutOnveilig()) {
            // Axon applies events in a constructor only after it returns: the fields are not set yet
            apply(new ZichtOpVeiligheidBijVeiligThuis(command.meldingId(), command.gezinId(), command.ontvangenOp(),
                    Grond.ACUUT_ONVEILIG));
        }
        deadlineManager.schedule(Werkdagen.eindeVan(uiterlijk), TRIAGETERMIJN);
        var eersteControle = nu.plus(Monitoringsfrequentie.standaardVoor(command.acuutOnveilig()).interval());
        deadlineManager.schedule(eersteControle, WACHTCONTACT, new Wachtcontacttermijn(eersteControle));
    }

    @CommandHandler
    public void handle(StartTriage command, Clock klok) {
        weigerAlsAfgerond();
        if (!gestart) {
            apply(new TriageGestart(meldingId, gezinId, command.triagist(), klok.instant()));
        }
    }

    /** Returns what follows from the decision: the onderzoek or the overdracht it starts. */
    @CommandHandler
    public Vervolg handle(RondTriageAf command, Clock klok, DeadlineManager deadlineManager) {
        weigerAlsAfgerond();
        weigerInconsistentBesluit(command);
        var nu = klok.instant();
        if (!gestart) {
            apply(new TriageGestart(meldingId, gezinId, command.triagist(), nu));
        }
        int dezeRonde = ronde + 1;
        boolean binnenTermijn = !termijnOverschreden && nu.isBefore(Werkdagen.eindeVan(uiterlijkAfgerondOp));
        apply(new TriageAfgerond(meldingId, gezinId, gemeente, command.uitkomst(), command.triagist(),
                command.ernst(), command.onderbouwing(), command.advies(), nu, binnenTermijn, dezeRonde));
        deadlineManager.cancelAllWithinScope(TRIAGETERMIJN);
        if (!wacht) {
            // R5: closed, or VT acts itself: the case no longer waits
            deadlineManager.cancelAllWithinScope(WACHTCONTACT);
        }
        // R3: AFSLUITEN means no further VT involvement, so completing the triage does not make VT responsible
        if (command.uitkomst() != Uitkomst.AFSLUITEN) {
            neemZichtOpVeiligheid(nu, Grond.TRIAGE_AFGEROND);
        }
        if (command.uitkomst() == Uitkomst.OVERDRACHT_LOKAAL_VELD) {
            // R7: handover directly after triage; no VT monitoring follows
            var overdrachtId = overdrachtId(meldingId, dezeRonde - 1);
            apply(new OverdrachtGedaan(overdrachtId, meldingId, gezinId, Route.NA_TRIAGE, gemeente, null, nu, null,
                    command.toestemming(), leden));
            return new Vervolg(null, overdrachtId);
        }
        // the onderzoek itself is started by OnderzoekStarter from the TriageAfgerond event
        return new Vervolg(command.uitkomst() == Uitkomst.ONDERZOEK ? Onderzoek.idVoor(meldingId, dezeRonde) : null,
                null);
    }

    /** R5: a new frequency starts a new interval from now, while the case waits. */
    @CommandHandler
    public void handle(StelMonitoringsfrequentieIn command, Clock klok, DeadlineManager deadlineManager) {
        apply(new MonitoringsfrequentieVastgesteld(meldingId, gezinId, command.frequentie(), command.wijze(),
                command.medewerker(), klok.instant()));
        if (wacht) {
            planWachtcontact(deadlineManager);
        }
    }

    /** R5: a contact keeps the frequency; the next one is due an interval after it. */
    @CommandHandler
    public Instant handle(LegWachtcontactVast command, Clock klok, DeadlineManager deadlineManager) {
        var nu = klok.instant();
        if (!wacht) {
            throw DomeinregelDetails.weigering("R5", "de zaak wacht niet (meer) bij Veilig Thuis: een wachtcontact "
                    + "hoort bij een zaak die wacht op triage, onderzoek of overdracht");
        }
        if (command.contactOp().isAfter(nu)) {
            throw DomeinregelDetails.weigering("R5", "contactOp ligt in de toekomst");
        }
        if (command.contactOp().isBefore(ontvangenOp)) {
            throw DomeinregelDetails.weigering("R5", "contactOp ligt voor de ontvangst van de melding");
        }
        var volgend = later(wachtcontactSinds, command.contactOp()).plus(frequentie.interval());
        apply(new WachtcontactVastgelegd(meldingId, gezinId, command.contactId(), command.contactOp(),
                command.wijze(), command.veiligheidOngewijzigd(), command.medewerker(), frequentie, volgend, nu));
        planWachtcontact(deadlineManager);
        return volgend;
    }

    /** Idempotent: a redelivered acceptance changes nothing. R5: the wait ends with the acceptance. */
    @CommandHandler
    public void handle(VerwerkAcceptatie command, DeadlineManager deadlineManager) {
        if (zichtOpVeiligheid != Houder.WIJKTEAM && !teruggemeldeOverdrachten.contains(command.overdrachtId())) {
            apply(new ZichtOpVeiligheidBijWijkteam(meldingId, gezinId, command.zaakId(), command.overdrachtId(),
                    command.geaccepteerdOp(), command.team()));
            deadlineManager.cancelAllWithinScope(WACHTCONTACT);
        }
    }

    /**
     * R9: back on VT's worklist for a new decision, with zicht op veiligheid at VT. Idempotent per overdracht.
     * R5: the case waits again, with a first interval from the return.
     */
    @CommandHandler
    public void handle(VerwerkTerugmelding command, Clock klok, DeadlineManager deadlineManager) {
        if (!teruggemeldeOverdrachten.add(command.overdrachtId())) {
            return;
        }
        // R1 for the new decision: a fresh term of 5 working days from the return, not the melding's first one
        var uiterlijk = Werkdagen.triagetermijn(command.teruggemeldOp());
        apply(new ZaakTeruggemeldOntvangen(meldingId, gezinId, command.zaakId(), command.overdrachtId(),
                command.route(), command.reden(), command.teruggemeldOp(), klok.instant(), aantalTerugmeldingen + 1,
                uiterlijk));
        neemZichtOpVeiligheid(command.teruggemeldOp(), Grond.ZAAK_TERUGGEMELD);
        planWachtcontact(deadlineManager);
        deadlineManager.schedule(Werkdagen.eindeVan(uiterlijk), TRIAGETERMIJN, uiterlijk);
    }

    /**
     * Issue 14 point 2: the fresh term of a triage returned before a return planned it; for one that awaits its new
     * decision, is within its term or past it (then the signal follows at once), and was not signalled yet.
     */
    @CommandHandler
    public void handle(PlanTermijnNaTerugmelding command, DeadlineManager deadlineManager) {
        if (aantalTerugmeldingen > 0 && !afgerond && !termijnOverschreden) {
            deadlineManager.schedule(Werkdagen.eindeVan(uiterlijkAfgerondOp), TRIAGETERMIJN, uiterlijkAfgerondOp);
        }
    }

    /** R2/R16: a safe closing by the wijkteam that holds zicht ends it. Idempotent; a returned zaak is not closed. */
    @CommandHandler
    public void handle(VerwerkAfsluiting command) {
        if (zichtOpVeiligheid == Houder.WIJKTEAM && !teruggemeldeOverdrachten.contains(command.overdrachtId())) {
            apply(new ZichtOpVeiligheidBeeindigd(meldingId, gezinId, command.zaakId(), command.overdrachtId(),
                    command.afgeslotenOp()));
        }
    }

    /** Idempotent: a redelivered koppeling changes nothing. */
    @CommandHandler
    public void handle(VerwerkGezinskoppeling command) {
        if (!command.gezinId().equals(gezinId)) {
            apply(new TriageAanGezinGekoppeld(meldingId, gezinId, command.gezinId(), command.gekoppeldOp()));
        }
    }

    // the first parameter is the deadline's payload: without it, Axon would match the Clock as payload
    @DeadlineHandler(deadlineName = TRIAGETERMIJN)
    void triagetermijnVerstreken(DeadlineMessage<?> deadline, Clock klok) {
        // the first round's term has no payload; a term after a return names its last day, so a term that a later
        // return replaced does not count
        Object termijn = deadline.getPayload();
        boolean huidig = termijn == null ? ronde == 0 : termijn.equals(uiterlijkAfgerondOp);
        if (!afgerond && !termijnOverschreden && huidig) {
            apply(new TriagetermijnOverschreden(meldingId, gezinId, uiterlijkAfgerondOp, klok.instant()));
            // the moment the term passed, not when the deadline happened to fire
            neemZichtOpVeiligheid(Werkdagen.eindeVan(uiterlijkAfgerondOp), Grond.TRIAGETERMIJN_OVERSCHREDEN);
        }
    }

    /**
     * R5: an interval passed without a wachtcontact. Every interval that passed counts, also when the check runs late;
     * the next check is an interval after the last one missed, so a missed contact is signalled once per interval.
     */
    @DeadlineHandler(deadlineName = WACHTCONTACT)
    void wachtcontactVerstreken(Wachtcontacttermijn termijn, Clock klok, DeadlineManager deadlineManager) {
        var uiterlijk = wachtcontactSinds.plus(frequentie.interval());
        if (!wacht || !uiterlijk.equals(termijn.uiterlijkOp())) {
            return;
        }
        var nu = later(klok.instant(), uiterlijk);
        long gemist = 1 + Duration.between(uiterlijk, nu).dividedBy(frequentie.interval());
        var volgend = uiterlijk.plus(frequentie.interval().multipliedBy(gemist));
        apply(new WachtcontactGemist(meldingId, gezinId, frequentie, laatsteWachtcontactOp, uiterlijk, (int) gemist,
                volgend, nu));
        planWachtcontact(deadlineManager);
    }

    private void planWachtcontact(DeadlineManager deadlineManager) {
        deadlineManager.cancelAllWithinScope(WACHTCONTACT);
        var uiterlijk = wachtcontactSinds.plus(frequentie.interval());
        deadlineManager.schedule(uiterlijk, WACHTCONTACT, new Wachtcontacttermijn(uiterlijk));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private void weigerAlsAfgerond() {
        if (afgerond) {
            throw DomeinregelDetails.weigering("R3", "de triage van deze melding is al afgerond");
        }
    }

    /** R3: the outcome must fit the severity; R16's "let go only when it is safe" applies to VT too. */
    private void weigerInconsistentBesluit(RondTriageAf command) {
        if (command.uitkomst() == Uitkomst.SPOED && command.ernst() != Ernst.ACUUT_ONVEILIG) {
            throw DomeinregelDetails.weigering("R3", "SPOED is de directe veiligheidsactie bij acute onveiligheid: "
                    + "ernst moet ACUUT_ONVEILIG zijn");
        }
        if (command.uitkomst() == Uitkomst.AFSLUITEN
                && (command.ernst() == Ernst.ACUUT_ONVEILIG || command.ernst() == Ernst.STRUCTUREEL_ONVEILIG)) {
            throw DomeinregelDetails.weigering("R3", "afsluiten zonder vervolg kan niet bij ernst " + command.ernst());
        }
    }

    private void neemZichtOpVeiligheid(Instant sinds, Grond grond) {
        if (zichtOpVeiligheid != Houder.VEILIG_THUIS) {
            apply(new ZichtOpVeiligheidBijVeiligThuis(meldingId, gezinId, sinds, grond));
        }
    }

    public static String overdrachtId(String meldingId) {
        return overdrachtId(meldingId, 0);
    }

    /** One id per handover: after a return (R9) a new decision can hand the case over again. */
    static String overdrachtId(String meldingId, int eerdereBesluiten) {
        var naam = "overdracht-na-triage:" + meldingId + (eerdereBesluiten == 0 ? "" : ":" + eerdereBesluiten);
        return UUID.nameUUIDFromBytes(naam.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @EventSourcingHandler
    void on(TriageGeopend event) {
        meldingId = event.meldingId();
        gezinId = event.gezinId();
        gemeente = event.gemeente();
        uiterlijkAfgerondOp = event.uiterlijkAfgerondOp();
        ontvangenOp = event.ontvangenOp();
        leden = event.leden();
        wacht = true;
        // streams from before R5's wachtcontact have no default frequency event before the first command
        frequentie = Monitoringsfrequentie.standaardVoor(event.acuutOnveilig());
        wachtcontactSinds = event.geopendOp() != null ? event.geopendOp() : event.ontvangenOp();
    }

    @EventSourcingHandler
    void on(MonitoringsfrequentieVastgesteld event) {
        frequentie = event.frequentie();
        wachtcontactSinds = later(wachtcontactSinds, event.vastgesteldOp());
    }

    @EventSourcingHandler
    void on(WachtcontactVastgelegd event) {
        laatsteWachtcontactOp = later(laatsteWachtcontactOp, event.contactOp());
        wachtcontactSinds = later(wachtcontactSinds, event.contactOp());
    }

    @EventSourcingHandler
    void on(WachtcontactGemist event) {
        var laatsteGemist = event.volgendContactUiterlijkOp().minus(event.frequentie().interval());
        wachtcontactSinds = later(wachtcontactSinds, laatsteGemist);
    }

    @EventSourcingHandler
    void on(TriageAanGezinGekoppeld event) {
        gezinId = event.gezinId();
    }

    @EventSourcingHandler
    void on(TriageGestart event) {
        gestart = true;
    }

    @EventSourcingHandler
    void on(TriageAfgerond event) {
        afgerond = true;
        // R5: waiting for an onderzoek or for the handover goes on; closed or acted on by VT itself, it ends
        wacht = event.uitkomst() == Uitkomst.ONDERZOEK || event.uitkomst() == Uitkomst.OVERDRACHT_LOKAAL_VELD;
        ronde = Math.max(event.ronde(), ronde + 1);
    }

    @EventSourcingHandler
    void on(TriagetermijnOverschreden event) {
        termijnOverschreden = true;
    }

    @EventSourcingHandler
    void on(ZichtOpVeiligheidBijVeiligThuis event) {
        zichtOpVeiligheid = Houder.VEILIG_THUIS;
    }

    @EventSourcingHandler
    void on(ZichtOpVeiligheidBijWijkteam event) {
        zichtOpVeiligheid = Houder.WIJKTEAM;
        wacht = false;
    }

    @EventSourcingHandler
    void on(ZichtOpVeiligheidBeeindigd event) {
        zichtOpVeiligheid = null;
    }

    @EventSourcingHandler
    void on(ZaakTeruggemeldOntvangen event) {
        uiterlijkAfgerondOp = event.nieuweTermijn();
        termijnOverschreden = false;
        teruggemeldeOverdrachten.add(event.overdrachtId());
        aantalTerugmeldingen = event.aantalTerugmeldingen();
        afgerond = false;
        gestart = false;
        wacht = true;
        wachtcontactSinds = later(wachtcontactSinds, event.teruggemeldOp());
    }
}
