package nl.veiligthuis.keten.monitoring.monitoring;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
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
    /** R14: the agreed goals are numbered 1..N; 0 = unknown (a handover published before it said), any number goes. */
    private int aantalAfgesprokenDoelen;
    private final Set<String> contacten = new HashSet<>();
    private final Set<String> beantwoordDoorWijkteam = new HashSet<>();
    /** Who holds each item of the worklist: "" for the lapsed monitoring, else the contactId. */
    private final Map<String, Medewerker> opgepakt = new HashMap<>();

    protected Monitoring() {
    }

    @CommandHandler
    public Monitoring(StartMonitoring command, Clock klok, DeadlineManager deadlineManager) {
        Instant uiterlijk = uiterlijkEersteContactOp(command.overdrachtGedaanOp());
        apply(new MonitoringGestart(command.monitoringId(), command.overdrachtId(), command.gezinId(),
                command.overdrachtGedaanOp(), klok.instant(), uiterlijk,
                Math.max(0, command.aantalAfgesprokenDoelen())));
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
        List<Integer> besproken = besprokenDoelen(command.besprokenDoelen());
        boolean tijdig = status != MonitoringStatus.VERLOPEN
                && !command.contactOp().isAfter(uiterlijkEersteContactOp);
        Boolean alleBesproken = aantalAfgesprokenDoelen == 0 ? null : besproken.size() == aantalAfgesprokenDoelen;
        apply(new MonitoringContactVastgelegd(monitoringId, gezinId, command.contactId(), command.contactOp(),
                List.of(), command.medewerker(), nu, tijdig, besproken, alleBesproken,
                aantalAfgesprokenDoelen == 0 ? null : aantalAfgesprokenDoelen));
        if (status == MonitoringStatus.LOPEND) {
            deadlineManager.cancelAllWithinScope(TERMIJN);
            apply(new MonitoringAfgerond(monitoringId, gezinId, nu));
        }
    }

    /** R14: the contact is on the agreed goals: at least one, each by its number in the rapportage. */
    private List<Integer> besprokenDoelen(List<Integer> genoemd) {
        if (genoemd == null || genoemd.isEmpty()) {
            throw DomeinregelDetails.weigering("R14", "een contact bespreekt ten minste één afgesproken doel");
        }
        var besproken = new TreeSet<Integer>();
        for (Integer nummer : genoemd) {
            if (nummer == null || nummer < 1) {
                throw DomeinregelDetails.weigering("R14", "doel " + nummer + " bestaat niet: de afgesproken doelen "
                        + "zijn genummerd vanaf 1");
            }
            if (aantalAfgesprokenDoelen > 0 && nummer > aantalAfgesprokenDoelen) {
                throw DomeinregelDetails.weigering("R14", "doel " + nummer + " is niet afgesproken: de rapportage "
                        + "noemt " + aantalAfgesprokenDoelen + " doel(en)");
            }
            besproken.add(nummer);
        }
        return List.copyOf(besproken);
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

    /**
     * R14, issue 14 point 8: what lapsed is taken on: the monitoring that lapsed without a first contact, or a contact
     * of it the wijkteam has not answered (also before the answer term ends). One person holds an item: the same
     * person again changes nothing, another takes it over only knowingly ({@code overnemen}). Answers who held it
     * before, or null.
     */
    @CommandHandler
    Medewerker handle(PakWerkOp command, Clock klok) {
        Medewerker medewerker = command.medewerker();
        if (medewerker == null || medewerker.naam() == null || medewerker.naam().isBlank()) {
            throw DomeinregelDetails.weigering("R14", "wie het werk oppakt wordt vastgelegd");
        }
        if (command.contactId() == null) {
            if (status != MonitoringStatus.VERLOPEN || !contacten.isEmpty()) {
                throw DomeinregelDetails.weigering("R14", "monitoring " + monitoringId + " is niet verlopen zonder "
                        + "eerste contact; er is niets op te pakken");
            }
        } else if (!contacten.contains(command.contactId()) || beantwoordDoorWijkteam.contains(command.contactId())) {
            throw DomeinregelDetails.weigering("R14", "contact " + command.contactId() + " van monitoring "
                    + monitoringId + " wacht niet op een antwoord van het wijkteam");
        }
        String item = command.contactId() == null ? "" : command.contactId();
        Medewerker houder = opgepakt.get(item);
        if (houder != null && zelfde(houder, medewerker)) {
            return houder;
        }
        if (houder != null && !command.overnemen()) {
            throw DomeinregelDetails.weigering("R14", "al opgepakt door " + houder.naam() + "; neem het over met "
                    + "overnemen: true");
        }
        apply(new WerkOpgepakt(monitoringId, gezinId, command.contactId(), medewerker, klok.instant()));
        return houder;
    }

    /** The same person: by the token's subject when both have one, else by name. */
    private static boolean zelfde(Medewerker een, Medewerker ander) {
        return een.subject() != null && ander.subject() != null ? een.subject().equals(ander.subject())
                : een.naam().strip().equalsIgnoreCase(ander.naam().strip());
    }

    @EventSourcingHandler
    void on(WerkOpgepakt event) {
        opgepakt.put(event.contactId() == null ? "" : event.contactId(), event.medewerker());
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
        this.aantalAfgesprokenDoelen = event.afgesprokenDoelen();
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
