package nl.veiligthuis.keten.wijkteam.nazorg;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.afsluiting.ZaakAfgesloten;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGegevens;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Issue 14 point 7, the part of a Zaak that watches after closing (R16: let go only when it is safe, and then keep an
 * eye). The nazorg agreed at closing runs until its last day; each check is recorded; a term that passes without
 * any check is {@link NazorgVerlopen}. A check recorded later still counts as a check, late.
 */
public class Nazorgbewaking {

    public static final String TERMIJN = "nazorg";
    static final String REGEL = "R16";

    private final ZaakGegevens zaak;
    private Nazorg nazorg;
    private LocalDate afgeslotenOp;
    private int controles;
    private boolean verlopen;

    public Nazorgbewaking(ZaakGegevens zaak) {
        this.zaak = zaak;
    }

    /** 001 §6.2: without an agreement, the casusregisseur (or the wijkteam, when the zaak has none) for 3 months. */
    public static final Period STANDAARD_TERMIJN = Period.ofMonths(3);

    public static Nazorg standaard(boolean metRegisseur, LocalDate afgeslotenOp) {
        return new Nazorg(metRegisseur ? NazorgDoor.CASUSREGISSEUR : NazorgDoor.WIJKTEAM, null,
                afgeslotenOp.plus(STANDAARD_TERMIJN));
    }

    /** At closing: the nazorg's term ends at the end of its last day, in the Netherlands. */
    public static void plan(DeadlineManager deadlineManager, Nazorg nazorg) {
        if (nazorg != null) {
            deadlineManager.schedule(nazorg.tot().plusDays(1).atStartOfDay(NEDERLAND).toInstant(), TERMIJN);
        }
    }

    @CommandHandler
    void handle(LegNazorgcontroleVast command, Clock klok) {
        if (zaak.status() != ZaakStatus.AFGESLOTEN || nazorg == null) {
            throw DomeinregelDetails.weigering(REGEL, "zaak " + zaak.zaakId() + " is niet afgesloten met nazorg; een "
                    + "nazorgcontrole hoort bij een afgesloten zaak");
        }
        LocalDate vandaag = LocalDate.ofInstant(klok.instant(), NEDERLAND);
        if (command.op().isAfter(vandaag) || command.op().isBefore(afgeslotenOp)) {
            throw DomeinregelDetails.weigering(REGEL, "een nazorgcontrole valt tussen de afsluiting (" + afgeslotenOp
                    + ") en vandaag; niet op " + command.op());
        }
        String bevinding = command.bevinding() == null || command.bevinding().isBlank() ? null
                : command.bevinding().strip();
        if (bevinding == null) {
            throw DomeinregelDetails.weigering(REGEL, "leg vast wat de nazorgcontrole liet zien over de veiligheid");
        }
        apply(new NazorgcontroleVastgelegd(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), command.op(),
                command.beeld(), bevinding, command.medewerker(), !command.op().isAfter(nazorg.tot()),
                klok.instant()));
    }

    /** Called by the Zaak's deadline handler at the end of the nazorg's last day. */
    public void termijnVerstreken(Clock klok) {
        if (nazorg == null || controles > 0 || verlopen) {
            return;
        }
        Instant einde = nazorg.tot().plusDays(1).atStartOfDay(NEDERLAND).toInstant();
        Instant nu = klok.instant();
        apply(new NazorgVerlopen(zaak.zaakId(), zaak.gezinId(), zaak.gemeente(), nazorg.door(), nazorg.tot(),
                nu.isAfter(einde) ? nu : einde));
    }

    @EventSourcingHandler
    void on(ZaakAfgesloten event) {
        if (nazorg == null) {
            nazorg = event.nazorg();
            afgeslotenOp = LocalDate.ofInstant(event.afgeslotenOp(), NEDERLAND);
        }
    }

    @EventSourcingHandler
    void on(NazorgcontroleVastgelegd event) {
        controles++;
    }

    @EventSourcingHandler
    void on(NazorgVerlopen event) {
        verlopen = true;
    }
}
