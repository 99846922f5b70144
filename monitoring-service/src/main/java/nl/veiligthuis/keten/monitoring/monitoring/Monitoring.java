package nl.veiligthuis.keten.monitoring.monitoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
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
    void on(MonitoringAfgerond event) {
        this.status = MonitoringStatus.AFGEROND;
    }

    @EventSourcingHandler
    void on(MonitoringVerlopen event) {
        this.status = MonitoringStatus.VERLOPEN;
    }
}
