package nl.veiligthuis.keten.wijkteam.gezinsregie;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The handovers that joined a zaak after the one that opened it (R10): one plan and one casusregisseur for all of
 * them. Each is accepted, returned or closed with the zaak; one that waits for acceptance may be split off with a
 * reason instead.
 */
public class GevoegdeOverdrachten {

    private final ZaakGegevens zaak;
    private final Map<String, GevoegdeOverdracht> overdrachten = new LinkedHashMap<>();

    public GevoegdeOverdrachten(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    public List<GevoegdeOverdracht> alle() {
        return List.copyOf(overdrachten.values());
    }

    /**
     * Idempotent for a handover the zaak already holds. A zaak that is no longer lopend refuses with an
     * {@link IllegalStateException}, not a domain refusal: it means the gezin's zaak closed while the handover was
     * on its way, and the consumer's retry lets the {@link Gezinsregie} open a new one.
     */
    @CommandHandler
    void handle(VoegOverdrachtToe command, Clock klok) {
        if (command.overdrachtId().equals(zaak.overdrachtId()) || overdrachten.containsKey(command.overdrachtId())) {
            return;
        }
        if (!lopend(zaak.status())) {
            throw new IllegalStateException("zaak " + zaak.zaakId() + " is " + zaak.status()
                    + " en neemt geen overdracht meer op");
        }
        apply(new OverdrachtBijZaakGevoegd(zaak.zaakId(), command.overdrachtId(), command.meldingId(), zaak.gezinId(),
                command.route(), command.gemeente(), command.onderzoekId(), command.overdrachtGedaanOp(),
                command.overdrachtDataref(), klok.instant(), command.genoemdeLeden()));
    }

    @CommandHandler
    void handle(AccepteerGevoegdeOverdracht command, Clock klok) {
        GevoegdeOverdracht overdracht = wachtend(command.overdrachtId());
        if (zaak.status() != ZaakStatus.IN_BEHANDELING) {
            throw DomeinregelDetails.weigering("R9", "zaak " + zaak.zaakId() + " is " + zaak.status()
                    + "; een gevoegde overdracht wordt geaccepteerd met de zaak zelf");
        }
        apply(new GevoegdeOverdrachtGeaccepteerd(zaak.zaakId(), overdracht.overdrachtId(), overdracht.meldingId(),
                zaak.gezinId(), zaak.gemeente(), zaak.team(), command.medewerker(), klok.instant()));
    }

    /** Accepting the zaak accepts the handovers that joined it before (R9). */
    public void accepteerWachtende(String team, Medewerker medewerker,
                                   Instant geaccepteerdOp) {
        for (GevoegdeOverdracht overdracht : new ArrayList<>(overdrachten.values())) {
            if (overdracht.wacht()) {
                apply(new GevoegdeOverdrachtGeaccepteerd(zaak.zaakId(), overdracht.overdrachtId(),
                        overdracht.meldingId(), zaak.gezinId(), zaak.gemeente(), team, medewerker, geaccepteerdOp));
            }
        }
    }

    /** Answers the split, whose fields open the new zaak. */
    @CommandHandler
    OverdrachtAfgesplitst handle(SplitsOverdrachtAf command, Clock klok) {
        GevoegdeOverdracht overdracht = wachtend(command.overdrachtId());
        if (!lopend(zaak.status())) {
            throw DomeinregelDetails.weigering("R10", "zaak " + zaak.zaakId() + " is " + zaak.status());
        }
        OverdrachtBijZaakGevoegd bron = overdracht.gevoegd();
        OverdrachtAfgesplitst afgesplitst = new OverdrachtAfgesplitst(zaak.zaakId(), bron.overdrachtId(),
                bron.meldingId(), zaak.gezinId(), bron.route(), bron.gemeente(), bron.onderzoekId(),
                bron.overdrachtGedaanOp(), bron.overdrachtDataref(), OpenZaak.zaakIdVoor(bron.overdrachtId()),
                command.reden(), command.toelichting(), command.medewerker(), klok.instant(), bron.genoemdeLeden());
        apply(afgesplitst);
        return afgesplitst;
    }

    /** R9: the zaak goes back to Veilig Thuis, every joined handover with it. */
    public void meldTerug(ZaakTeruggemeld terugmelding) {
        for (GevoegdeOverdracht overdracht : overdrachten.values()) {
            OverdrachtBijZaakGevoegd bron = overdracht.gevoegd();
            apply(new GevoegdeOverdrachtTeruggemeld(zaak.zaakId(), bron.overdrachtId(), bron.meldingId(),
                    zaak.gezinId(), bron.route(), bron.gemeente(), terugmelding.reden(),
                    terugmelding.teruggemeldOp()));
        }
    }

    private GevoegdeOverdracht wachtend(String overdrachtId) {
        GevoegdeOverdracht overdracht = overdrachten.get(overdrachtId);
        if (overdracht == null) {
            throw DomeinregelDetails.weigering("R10", "overdracht " + overdrachtId + " is niet bij zaak "
                    + zaak.zaakId() + " gevoegd");
        }
        if (!overdracht.wacht()) {
            throw DomeinregelDetails.weigering("R9", "overdracht " + overdrachtId + " is al geaccepteerd");
        }
        return overdracht;
    }

    static boolean lopend(ZaakStatus status) {
        return status == ZaakStatus.OVERDRACHT_ONTVANGEN || status == ZaakStatus.IN_BEHANDELING;
    }

    @EventSourcingHandler
    void on(OverdrachtBijZaakGevoegd event) {
        overdrachten.put(event.overdrachtId(), new GevoegdeOverdracht(event, null));
    }

    @EventSourcingHandler
    void on(GevoegdeOverdrachtGeaccepteerd event) {
        overdrachten.computeIfPresent(event.overdrachtId(), (id, overdracht) ->
                new GevoegdeOverdracht(overdracht.gevoegd(), event.geaccepteerdOp()));
    }

    @EventSourcingHandler
    void on(OverdrachtAfgesplitst event) {
        overdrachten.remove(event.overdrachtId());
    }
}
