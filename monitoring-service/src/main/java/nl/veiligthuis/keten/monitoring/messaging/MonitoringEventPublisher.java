package nl.veiligthuis.keten.monitoring.messaging;

import nl.veiligthuis.keten.monitoring.aanvulling.AanvullingToegevoegd;
import nl.veiligthuis.keten.monitoring.monitoring.MonitoringAfgerond;
import nl.veiligthuis.keten.monitoring.monitoring.MonitoringContactVastgelegd;
import nl.veiligthuis.keten.monitoring.monitoring.MonitoringGestart;
import nl.veiligthuis.keten.monitoring.monitoring.MonitoringVerlopen;
import nl.veiligthuis.keten.monitoring.monitoring.WerkOpgepakt;
import nl.veiligthuis.keten.platform.axon.Handelende;
import nl.veiligthuis.keten.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Reads monitoring-service's event store and publishes the integration events: the event store is the outbox. */
@Component
@ProcessingGroup("kafka-publisher")
@DisallowReplay
public class MonitoringEventPublisher {

    private final IntegrationEventPublisher publisher;

    public MonitoringEventPublisher(IntegrationEventPublisher monitoringTopicPublisher) {
        this.publisher = monitoringTopicPublisher;
    }

    @EventHandler
    void on(MonitoringGestart event, EventMessage<?> message) {
        publisher.publish("monitoring-gestart", event.gezinId(), event.gestartOp(), resource(event.monitoringId()),
                new MonitoringGestartV1(event.monitoringId(), event.overdrachtId(), event.gezinId(),
                        event.gestartOp(), event.uiterlijkEersteContactOp(),
                        event.afgesprokenDoelen() == 0 ? null : event.afgesprokenDoelen(), Actor.VT_MONITORING),
                message);
    }

    @EventHandler
    void on(MonitoringContactVastgelegd event, EventMessage<?> message) {
        publisher.publish("monitoring-contact-vastgelegd", event.gezinId(), event.contactOp(),
                resource(event.monitoringId()),
                new MonitoringContactVastgelegdV1(event.monitoringId(), event.gezinId(), event.contactId(),
                        event.contactOp(), event.aantalBesproken(), event.besprokenDoelen(),
                        event.alleDoelenBesproken(), event.aantalAfgesprokenDoelen(), Actor.VT_MONITORING),
                message);
    }

    @EventHandler
    void on(MonitoringAfgerond event, EventMessage<?> message) {
        publisher.publish("monitoring-afgerond", event.gezinId(), event.afgerondOp(), resource(event.monitoringId()),
                new MonitoringAfgerondV1(event.monitoringId(), event.gezinId(), event.afgerondOp()), message);
    }

    @EventHandler
    void on(WerkOpgepakt event, EventMessage<?> message) {
        publisher.publish("monitoring-werk-opgepakt", event.gezinId(), event.opgepaktOp(),
                resource(event.monitoringId()), new MonitoringWerkOpgepaktV1(event.monitoringId(), event.gezinId(),
                        event.contactId(), event.opgepaktOp(), Actor.VT_MONITORING), message);
    }

    @EventHandler
    void on(MonitoringVerlopen event, EventMessage<?> message) {
        publisher.publish("monitoring-verlopen", event.gezinId(), event.verlopenOp(), resource(event.monitoringId()),
                new MonitoringVerlopenV1(event.monitoringId(), event.gezinId(), event.verlopenOp(),
                        event.uiterlijkEersteContactOp()),
                message);
    }

    /** R21: that a correction or own statement was added, by whom (role and organisation), never its text. */
    @EventHandler
    void on(AanvullingToegevoegd event, EventMessage<?> message) {
        var betreft = event.betreft() == null ? null
                : new AanvullingToegevoegdV1.Betreft(event.betreft().object(), event.betreft().gegeven());
        publisher.publish("aanvulling-toegevoegd", event.gezinId(), event.toegevoegdOp(),
                "/api/v1/gezinnen/" + event.gezinId() + "/aanvullingen",
                new AanvullingToegevoegdV1(event.aanvullingId(), event.gezinId(), event.soort().name(),
                        event.persoonId(), betreft, event.toegevoegdOp(),
                        Handelende.van(message).map(door -> new Actor(door.rol(), door.organisatie()))
                                .orElse(Actor.ONBEKEND)),
                message);
    }

    private static String resource(String monitoringId) {
        return "/api/v1/monitoringen/" + monitoringId;
    }
}
