package nl.veiligthuis.keten.triage.onderzoek;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Onderzoek {

    static final String ONDERZOEKSTERMIJN = "onderzoekstermijn";
    static final int TERMIJN_WEKEN = 10;
    static final int WEKEN_NA_GEBOORTE = 6;

    @AggregateIdentifier
    private String onderzoekId;
    private String meldingId;
    private String gezinId;
    private String gemeente;
    private LocalDate uiterlijkAfgerondOp;
    private boolean gestart;
    private boolean afgerond;
    private boolean termijnOverschreden;
    private boolean overgedragen;
    private Integer aantalDoelen;
    private List<GenoemdGezinslid> leden = List.of();

    protected Onderzoek() {
    }

    /** One onderzoek per melding: a redelivered start can never open a second one. */
    public static String idVoor(String meldingId) {
        return idVoor(meldingId, 1);
    }

    /** After a return by the wijkteam (R9) a new decision may start a new onderzoek: one per triage round. */
    public static String idVoor(String meldingId, int ronde) {
        var naam = "onderzoek:" + meldingId + (ronde <= 1 ? "" : ":" + ronde);
        return UUID.nameUUIDFromBytes(naam.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String overdrachtId(String onderzoekId) {
        return UUID.nameUUIDFromBytes(("overdracht-na-onderzoek:" + onderzoekId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** R5: on the waiting list for an onderzoek; the 10-week term starts only when an onderzoeker starts it. */
    @CommandHandler
    public Onderzoek(MeldOnderzoekAan command, Clock klok) {
        apply(new OnderzoekAangemeld(command.onderzoekId(), command.meldingId(), command.gezinId(), command.gemeente(),
                klok.instant(), command.leden()));
    }

    @CommandHandler
    public void handle(StartOnderzoek command, Clock klok, DeadlineManager deadlineManager) {
        if (gestart) {
            throw weigering("R4", "het onderzoek is al gestart");
        }
        var nu = klok.instant();
        // R4: at most 10 weeks, counted in calendar days from the start
        var uiterlijk = nu.atZone(Werkdagen.NEDERLAND).toLocalDate().plusWeeks(TERMIJN_WEKEN);
        apply(new OnderzoekGestart(onderzoekId, meldingId, gezinId, gemeente, nu, uiterlijk, command.onderzoeker()));
        deadlineManager.schedule(Werkdagen.eindeVan(uiterlijk), ONDERZOEKSTERMIJN);
    }

    @CommandHandler
    public void handle(RondOnderzoekAf command, Clock klok, DeadlineManager deadlineManager) {
        weigerAlsNietGestart();
        if (afgerond) {
            throw weigering("R4", "het onderzoek is al afgerond");
        }
        var nu = klok.instant();
        apply(new OnderzoekAfgerond(onderzoekId, meldingId, gezinId, command.rapportage(), nu,
                !termijnOverschreden && nu.isBefore(Werkdagen.eindeVan(uiterlijkAfgerondOp))));
        deadlineManager.cancelAllWithinScope(ONDERZOEKSTERMIJN);
    }

    @CommandHandler
    public LocalDate handle(RegistreerGerechtvaardigdeOverschrijding command, Clock klok,
                            DeadlineManager deadlineManager) {
        weigerAlsNietGestart();
        var nu = klok.instant();
        if (afgerond) {
            throw weigering("R4", "het onderzoek is al afgerond");
        }
        // the deadline may not have fired yet when the term has just passed: the clock decides, not the scheduler
        if (termijnOverschreden || !nu.isBefore(Werkdagen.eindeVan(uiterlijkAfgerondOp))) {
            throw weigering("R4", "de onderzoekstermijn is al overschreden; een overschrijding wordt vooraf "
                    + "gemotiveerd vastgelegd");
        }
        var nieuw = nieuweEinddatum(command);
        if (!nieuw.isAfter(uiterlijkAfgerondOp)) {
            throw weigering("R4", "de nieuwe einddatum " + nieuw + " ligt niet na de huidige einddatum "
                    + uiterlijkAfgerondOp);
        }
        apply(new OverschrijdingGerechtvaardigd(onderzoekId, meldingId, gezinId, command.reden(),
                command.toelichting(), nieuw, nu));
        deadlineManager.cancelAllWithinScope(ONDERZOEKSTERMIJN);
        deadlineManager.schedule(Werkdagen.eindeVan(nieuw), ONDERZOEKSTERMIJN);
        return nieuw;
    }

    private static LocalDate nieuweEinddatum(RegistreerGerechtvaardigdeOverschrijding command) {
        if (command.reden() == null) {
            throw weigering("R4", "een gerechtvaardigde overschrijding heeft een redencategorie");
        }
        if (command.reden() == RedenOverschrijding.ZWANGERE_RISICO_OUDER) {
            if (command.verwachteGeboortedatum() == null) {
                throw weigering("R4", "bij een zwangere risico-ouder is de (verwachte) geboortedatum nodig");
            }
            return command.verwachteGeboortedatum().plusWeeks(WEKEN_NA_GEBOORTE);
        }
        if (command.nieuweEinddatum() == null) {
            throw weigering("R4", "een gerechtvaardigde overschrijding heeft een nieuwe einddatum");
        }
        return command.nieuweEinddatum();
    }

    @CommandHandler
    public void handle(LegOverdrachtsgesprekVast command, Clock klok) {
        if (!afgerond) {
            throw weigering("R8", "het overdrachtsgesprek volgt op de afronding van het onderzoek met rapportage");
        }
        if (overgedragen) {
            throw weigering("R8", "dit onderzoek is al overgedragen");
        }
        if (command.gevoerdOp().isAfter(klok.instant())) {
            throw weigering("R8", "het overdrachtsgesprek kan niet in de toekomst liggen");
        }
        apply(new OverdrachtsgesprekGevoerd(onderzoekId, meldingId, gezinId, command.gevoerdOp(),
                command.deelnemers(), command.wijkteam()));
        // R8: the handover after onderzoek is done once the rapportage and the handover meeting are recorded
        apply(new OverdrachtGedaan(overdrachtId(onderzoekId), meldingId, gezinId, Route.NA_ONDERZOEK, gemeente,
                onderzoekId, klok.instant(), aantalDoelen, command.toestemming(), leden));
    }

    // the first parameter is the deadline's payload: without it, Axon would match the Clock as payload
    @DeadlineHandler(deadlineName = ONDERZOEKSTERMIJN)
    void onderzoekstermijnVerstreken(DeadlineMessage<?> deadline, Clock klok) {
        if (!afgerond && !termijnOverschreden) {
            apply(new OnderzoekstermijnOverschreden(onderzoekId, meldingId, gezinId, uiterlijkAfgerondOp,
                    klok.instant()));
        }
    }

    private void weigerAlsNietGestart() {
        if (!gestart) {
            throw weigering("R4", "het onderzoek staat nog op de wachtlijst: start het eerst");
        }
    }

    private static CommandExecutionException weigering(String regel, String reden) {
        return DomeinregelDetails.weigering(regel, reden);
    }

    @EventSourcingHandler
    void on(OnderzoekAangemeld event) {
        onderzoekId = event.onderzoekId();
        meldingId = event.meldingId();
        gezinId = event.gezinId();
        gemeente = event.gemeente();
        leden = event.leden();
    }

    /** Streams from before the waiting list begin with this event, so it sets the identity too. */
    @EventSourcingHandler
    void on(OnderzoekGestart event) {
        gestart = true;
        onderzoekId = event.onderzoekId();
        meldingId = event.meldingId();
        gezinId = event.gezinId();
        gemeente = event.gemeente();
        uiterlijkAfgerondOp = event.uiterlijkAfgerondOp();
    }

    @EventSourcingHandler
    void on(OverschrijdingGerechtvaardigd event) {
        uiterlijkAfgerondOp = event.nieuweUiterlijkAfgerondOp();
    }

    @EventSourcingHandler
    void on(OnderzoekAfgerond event) {
        afgerond = true;
        var doelen = event.rapportage() == null ? null : event.rapportage().doelenVanOndersteuning();
        aantalDoelen = doelen == null ? null : doelen.size();
    }

    @EventSourcingHandler
    void on(OnderzoekstermijnOverschreden event) {
        termijnOverschreden = true;
    }

    @EventSourcingHandler
    void on(OverdrachtGedaan event) {
        overgedragen = true;
    }
}
