package nl.veiligthuis.keten.monitoring.messaging;

import nl.veiligthuis.keten.monitoring.betrokkenheid.Ketenbetrokkenheid;
import nl.veiligthuis.keten.monitoring.monitoring.AntwoordWijkteam;
import nl.veiligthuis.keten.monitoring.monitoring.MonitoringStarter;
import nl.veiligthuis.keten.monitoring.tijdlijn.Herkomst;
import nl.veiligthuis.keten.monitoring.tijdlijn.Tijdlijn;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.Inbox;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every topic of the chain, its own included, so the timeline shows all steps. The inbox row, the
 * timeline entry, a started monitoring's events (or a wijkteam's answer to a contact, R14) and the involvement
 * that follows from the event (R18) commit in one transaction: a redelivery changes nothing.
 */
@Component
public class KetenEventListener {

    static final String CONSUMER = "monitoring-tijdlijn";

    private final Inbox inbox;
    private final Tijdlijn tijdlijn;
    private final MonitoringStarter monitoringStarter;
    private final AntwoordWijkteam antwoordWijkteam;
    private final Ketenbetrokkenheid ketenbetrokkenheid;

    public KetenEventListener(Inbox inbox, Tijdlijn tijdlijn, MonitoringStarter monitoringStarter,
                              AntwoordWijkteam antwoordWijkteam, Ketenbetrokkenheid ketenbetrokkenheid) {
        this.inbox = inbox;
        this.tijdlijn = tijdlijn;
        this.monitoringStarter = monitoringStarter;
        this.antwoordWijkteam = antwoordWijkteam;
        this.ketenbetrokkenheid = ketenbetrokkenheid;
    }

    @KafkaListener(topics = {KetenTopics.MELDING, KetenTopics.TRIAGE, KetenTopics.WIJKTEAM, KetenTopics.MONITORING},
            id = CONSUMER, idIsGroup = false)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        if (!inbox.eersteKeer(CONSUMER, event)) {
            return;
        }
        tijdlijn.leg(event, new Herkomst(record.topic(), record.partition(), record.offset()));
        monitoringStarter.verwerk(event);
        antwoordWijkteam.verwerk(event);
        ketenbetrokkenheid.verwerk(event);
    }
}
