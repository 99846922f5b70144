package nl.veiligthuis.keten.wijkteam.messaging;

import java.util.Optional;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.Inbox;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.messaging.OngeldigCloudEventException;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import nl.veiligthuis.keten.wijkteam.monitoring.MonitoringKoppeling;
import nl.veiligthuis.keten.wijkteam.monitoring.OntvangMonitoringcontact;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * R14: VT monitoring reaches the zaak. A started monitoring is linked to the zaak of its overdracht; a recorded
 * contact is received on that zaak for the team to answer. The inbox row and the effect commit in one transaction;
 * a failure rolls both back and the platform's error handler retries, then dead-letters.
 */
@Component
public class MonitoringListener {

    static final String MONITORING_GESTART = "nl.veilig-thuis.keten.monitoring.monitoring-gestart.v1";
    static final String CONTACT_VASTGELEGD = "nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v1";
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringListener.class);

    private final Inbox inbox;
    private final JsonMapper jsonMapper;
    private final CommandGateway commandGateway;
    private final MonitoringKoppeling koppeling;
    private final EventStore eventStore;

    public MonitoringListener(Inbox inbox, JsonMapper jsonMapper, CommandGateway commandGateway,
                              MonitoringKoppeling koppeling, EventStore eventStore) {
        this.inbox = inbox;
        this.jsonMapper = jsonMapper;
        this.commandGateway = commandGateway;
        this.koppeling = koppeling;
        this.eventStore = eventStore;
    }

    @KafkaListener(topics = KetenTopics.MONITORING, id = "wijkteam-monitoring", idIsGroup = false)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        if (!MONITORING_GESTART.equals(event.type()) && !CONTACT_VASTGELEGD.equals(event.type())) {
            return;
        }
        if (!inbox.eersteKeer(WijkteamServiceApplication.NAAM, event)) {
            return;
        }
        if (MONITORING_GESTART.equals(event.type())) {
            MonitoringGestartV1 gestart = lees(event, MonitoringGestartV1.class);
            if (!gestart.compleet()) {
                throw ongeldig(event);
            }
            koppeling.koppel(gestart.monitoringId(), gestart.overdrachtId());
        } else {
            MonitoringContactVastgelegdV1 contact = lees(event, MonitoringContactVastgelegdV1.class);
            if (!contact.compleet()) {
                throw ongeldig(event);
            }
            ontvang(event, contact);
        }
    }

    private void ontvang(KetenEvent event, MonitoringContactVastgelegdV1 contact) {
        Optional<String> zaakId = koppeling.zaakVan(contact.monitoringId());
        if (zaakId.isEmpty() || contact.contactId() == null || contact.contactId().isBlank()) {
            LOG.info("Monitoringcontact uit {} overgeslagen: monitoring {} hoort niet bij een zaak van het wijkteam "
                    + "of het contact heeft geen contactId", event.id(), contact.monitoringId());
            return;
        }
        // The handover that opens the zaak comes on another topic and may not have been handled yet. Failing here
        // rolls back the inbox row too, so the platform retries the record and at last parks it on the dead-letter
        // topic, from where operations replay it: the contact is never silently lost.
        if (eventStore.lastSequenceNumberFor(zaakId.get()).isEmpty()) {
            throw new IllegalStateException("zaak " + zaakId.get() + " of monitoring " + contact.monitoringId()
                    + " is not opened yet; contact " + event.id() + " is retried");
        }
        var command = new OntvangMonitoringcontact(zaakId.get(), contact.monitoringId(), contact.contactId(),
                contact.contactOp(), contact.aantalDoelenBesproken());
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(event.commandoMetadata()));
    }

    /** A payload that does not match the contract will not match on a retry either: parked at once. */
    private <T> T lees(KetenEvent event, Class<T> type) {
        try {
            return jsonMapper.readValue(event.data(), type);
        } catch (JacksonException e) {
            throw ongeldig(event);
        }
    }

    private static OngeldigCloudEventException ongeldig(KetenEvent event) {
        return new OngeldigCloudEventException("data of " + event.type() + " " + event.id()
                + " is not valid JSON of the v1 schema or lacks a required field");
    }
}
