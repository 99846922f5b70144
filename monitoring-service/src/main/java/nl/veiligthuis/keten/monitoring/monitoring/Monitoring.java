package nl.veiligthuis.keten.monitoring.monitoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.veiligthuis.keten.platform.web.DomeinregelDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Monitoring {

    static final String TERMIJN = "monitoringtermijn";
    /** R14: the first contact at most three calendar months after the handover, as counted in the Netherlands. */
    static final Period EERSTE_CONTACT_BINNEN = Period.ofMonths(3);
    static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    @AggregateIdentifier
    private String monitoringId;
    private String gezinId;
    private Instant overdrachtGedaanOp;
    private Instant uiterlijkEersteContactOp;
    private MonitoringStatus status;
    private final Set<String> contacten = new HashSet<>();
    private final Set<String> beantwoordDoorWijkteam = new HashSet<>();

    protected Monitoring() {
    }

    @CommandHandler
    public Monitoring(StartMonitoring command, Clock klok, DeadlineManager deadlineManager) {
        Instant uiterlijk = uiterlijkEersteContactOp(command.overdrachtGedaanOp());
        apply(new MonitoringGestart(command.monitoringId(), command.overdrachtId(), command.gezinId(),
                command.overdrachtGedaanOp(), klok.instant(), uiterlijk));
        deadlineManager.schedule(uiterlijk, TERMIJN);
    }

    static Instant uiterlijkEersteContactOp(Instant overdrachtGedaanOp) {
        return overdrachtGedaanOp.atZone(TIJDZONE).plus(EERSTE_CONTACT_BINNEN).toInstant();
    }

    @CommandHandler
    void handle(LegContactVast command, Clock klok, DeadlineManager deadlineManager) {
        Instant nu = klok.instant();
        if (command.contactOp().isAfter(nu)) {
            throw DomeinregelDetails.weigering("R14", "contactOp ligt in de toekomst");
        }
        if (command.contactOp().isBefore(overdrachtGedaanOp)) {
            throw DomeinregelDetails.weigering("R14", "contactOp ligt voor de overdracht");
        }
        boolean tijdig = status != MonitoringStatus.VERLOPEN
                && !command.contactOp().isAfter(uiterlijkEersteContactOp);
        apply(new MonitoringContactVastgelegd(monitoringId, gezinId, command.contactId(), command.contactOp(),
                command.doelenBesproken(), command.medewerker(), nu, tijdig));
        if (status == MonitoringStatus.LOPEND) {
            deadlineManager.cancelAllWithinScope(TERMIJN);
            apply(new MonitoringAfgerond(monitoringId, gezinId, nu));
        }
    }

    /**
     * R14: the wijkteam's answer on the agreed goals, in any status. Idempotent: an answer to a contact this
     * monitoring does not have, or has an answer to already, changes nothing.
     */
    @CommandHandler
    void handle(VerwerkAntwoordWijkteam command, Clock klok) {
        if (!contacten.contains(command.contactId()) || beantwoordDoorWijkteam.contains(command.contactId())) {
            return;
        }
        Map<String, Integer> standen = command.standen() == null ? Map.of() : new TreeMap<>(command.standen());
        apply(new AntwoordWijkteamOntvangen(monitoringId, gezinId, command.contactId(), command.zaakId(),
                command.beantwoordOp(), standen, klok.instant()));
    }

    /** The first parameter of a deadline handler is taken as its payload, hence the message before the clock. */
    @DeadlineHandler(deadlineName = TERMIJN)
    void termijnVerstreken(DeadlineMessage<?> termijn, Clock klok) {
        // a contact recorded while the deadline was already being fired wins: the term was met
        if (status != MonitoringStatus.LOPEND) {
            return;
        }
        Instant nu = klok.instant();
        apply(new MonitoringVerlopen(monitoringId, gezinId,
                nu.isAfter(uiterlijkEersteContactOp) ? nu : uiterlijkEersteContactOp, uiterlijkEersteContactOp));
    }

    @EventSourcingHandler
    void on(MonitoringGestart event) {
        this.monitoringId = event.monitoringId();
        this.gezinId = event.gezinId();
        this.overdrachtGedaanOp = event.overdrachtGedaanOp();
        this.uiterlijkEersteContactOp = event.uiterlijkEersteContactOp();
        this.status = MonitoringStatus.LOPEND;
    }

    @EventSourcingHandler
    void on(MonitoringContactVastgelegd event) {
        contacten.add(event.contactId());
    }

    @EventSourcingHandler
    void on(AntwoordWijkteamOntvangen event) {
        beantwoordDoorWijkteam.add(event.contactId());
    }

    @EventSourcingHandler
    void on(MonitoringAfgerond event) {
        this.status = MonitoringStatus.AFGEROND;
    }

    @EventSourcingHandler
    void on(MonitoringVerlopen event) {
        this.status = MonitoringStatus.VERLOPEN;
    }
}
