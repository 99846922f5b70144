package nl.veiligthuis.keten.monitoring.messaging;

import nl.veiligthuis.keten.monitoring.betrokkenheid.Ketenbetrokkenheid;
import nl.veiligthuis.keten.monitoring.monitoring.AntwoordWijkteam;
import nl.veiligthuis.keten.monitoring.monitoring.MonitoringStarter;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herkomst;
import nl.veiligthuis.keten.monitoring.tijdlijn.Tijdlijn;
import nl.veiligthuis.keten.platform.messaging.Abonnement;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads every topic of the chain, its own included, so the timeline shows all steps: every type, so one
 * {@code elkType} declaration rather than a payload class per type. The inbox row, the timeline entry, a started
 * monitoring's events (or a wijkteam's answer to a contact, R14) and the involvement that follows from the event
 * (R18) commit in one transaction ({@link KetenConsumer}): a redelivery changes nothing. The steps after the timeline
 * read the payload leniently and skip what they cannot place, so that an event is never kept off the timeline.
 */
@Component
public class KetenEventListener {

    static final String CONSUMER = "monitoring-tijdlijn";

    private final KetenConsumer consumer;
    private final Abonnement abonnement;

    public KetenEventListener(KetenConsumer consumer, Tijdlijn tijdlijn, MonitoringStarter monitoringStarter,
                              AntwoordWijkteam antwoordWijkteam, Ketenbetrokkenheid ketenbetrokkenheid) {
        this.consumer = consumer;
        this.abonnement = Abonnement.voor(CONSUMER).elkType(ontvangst -> {
            tijdlijn.leg(ontvangst.event(), new Herkomst(ontvangst.topic(), ontvangst.partitie(), ontvangst.offset()));
            monitoringStarter.verwerk(ontvangst.event());
            antwoordWijkteam.verwerk(ontvangst.event());
            ketenbetrokkenheid.verwerk(ontvangst.event());
        });
    }

    @KafkaListener(topics = {KetenTopics.MELDING, KetenTopics.TRIAGE, KetenTopics.WIJKTEAM, KetenTopics.MONITORING,
            KetenTopics.PRIVACY},
            id = CONSUMER, idIsGroup = false)
    public void on(ConsumerRecord<String, byte[]> record) {
        consumer.verwerk(abonnement, record);
    }
}
