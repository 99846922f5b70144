package nl.veiligthuis.keten.triage.triage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.veiligthuis.keten.platform.web.DomeinregelDetails;
import nl.veiligthuis.keten.triage.onderzoek.Onderzoek;
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
 * back from the wijkteam (R9).
 */
@Aggregate
public class Triage {

    static final String TRIAGETERMIJN = "triagetermijn";

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

    protected Triage() {
    }

    @CommandHandler
    public Triage(OpenTriage command, Clock klok, DeadlineManager deadlineManager) {
        var uiterlijk = Werkdagen.triagetermijn(command.ontvangenOp());
        var nu = klok.instant();
        apply(new TriageGeopend(command.meldingId(), command.gezinId(), command.gemeente(), command.acuutOnveilig(),
                command.ontvangenOp(), uiterlijk, nu, command.regio(), command.herhaalmelding()));
        // R5: no case waits without a monitoring frequency; VT replaces this default by its own estimate
        apply(new MonitoringsfrequentieVastgesteld(command.meldingId(), command.gezinId(),
                Monitoringsfrequentie.standaardVoor(command.acuutOnveilig()), "standaard bij ontvangst", null, nu));
        if (command.acuutOnveilig()) {
            // Axon applies events in a constructor only after it returns: the fields are not set yet
            apply(new ZichtOpVeiligheidBijVeiligThuis(command.meldingId(), command.gezinId(), command.ontvangenOp(),
                    Grond.ACUUT_ONVEILIG));
        }
        deadlineManager.schedule(Werkdagen.eindeVan(uiterlijk), TRIAGETERMIJN);
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
        // R3: AFSLUITEN means no further VT involvement, so completing the triage does not make VT responsible
        if (command.uitkomst() != Uitkomst.AFSLUITEN) {
            neemZichtOpVeiligheid(nu, Grond.TRIAGE_AFGEROND);
        }
        if (command.uitkomst() == Uitkomst.OVERDRACHT_LOKAAL_VELD) {
            // R7: handover directly after triage; no VT monitoring follows
            var overdrachtId = overdrachtId(meldingId, dezeRonde - 1);
            apply(new OverdrachtGedaan(overdrachtId, meldingId, gezinId, Route.NA_TRIAGE, gemeente, null, nu));
            return new Vervolg(null, overdrachtId);
        }
        // the onderzoek itself is started by OnderzoekStarter from the TriageAfgerond event
        return new Vervolg(command.uitkomst() == Uitkomst.ONDERZOEK ? Onderzoek.idVoor(meldingId, dezeRonde) : null,
                null);
    }

    @CommandHandler
    public void handle(StelMonitoringsfrequentieIn command, Clock klok) {
        apply(new MonitoringsfrequentieVastgesteld(meldingId, gezinId, command.frequentie(), command.wijze(),
                command.medewerker(), klok.instant()));
    }

    /** Idempotent: a redelivered acceptance changes nothing. */
    @CommandHandler
    public void handle(VerwerkAcceptatie command) {
        if (zichtOpVeiligheid != Houder.WIJKTEAM && !teruggemeldeOverdrachten.contains(command.overdrachtId())) {
            apply(new ZichtOpVeiligheidBijWijkteam(meldingId, gezinId, command.zaakId(), command.overdrachtId(),
                    command.geaccepteerdOp()));
        }
    }

    /** R9: back on VT's worklist for a new decision, with zicht op veiligheid at VT. Idempotent per overdracht. */
    @CommandHandler
    public void handle(VerwerkTerugmelding command, Clock klok) {
        if (!teruggemeldeOverdrachten.add(command.overdrachtId())) {
            return;
        }
        apply(new ZaakTeruggemeldOntvangen(meldingId, gezinId, command.zaakId(), command.overdrachtId(),
                command.route(), command.reden(), command.teruggemeldOp(), klok.instant(), aantalTerugmeldingen + 1));
        neemZichtOpVeiligheid(command.teruggemeldOp(), Grond.ZAAK_TERUGGEMELD);
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
        if (!afgerond && !termijnOverschreden && ronde == 0) {
            apply(new TriagetermijnOverschreden(meldingId, gezinId, uiterlijkAfgerondOp, klok.instant()));
            // the moment the term passed, not when the deadline happened to fire
            neemZichtOpVeiligheid(Werkdagen.eindeVan(uiterlijkAfgerondOp), Grond.TRIAGETERMIJN_OVERSCHREDEN);
        }
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
    }

    @EventSourcingHandler
    void on(ZichtOpVeiligheidBeeindigd event) {
        zichtOpVeiligheid = null;
    }

    @EventSourcingHandler
    void on(ZaakTeruggemeldOntvangen event) {
        teruggemeldeOverdrachten.add(event.overdrachtId());
        aantalTerugmeldingen = event.aantalTerugmeldingen();
        afgerond = false;
        gestart = false;
    }
}
