package nl.veiligthuis.keten.wijkteam.messaging;

import java.util.Optional;
import nl.veiligthuis.keten.platform.messaging.Abonnement;
import nl.veiligthuis.keten.platform.messaging.KetenConsumer;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.messaging.Ontvangst;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import nl.veiligthuis.keten.wijkteam.monitoring.MonitoringKoppeling;
import nl.veiligthuis.keten.wijkteam.monitoring.OntvangMonitoringcontact;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * R14: VT monitoring reaches the zaak. A started monitoring is linked to the zaak of its overdracht; a recorded
 * contact is received on that zaak for the team to answer. The inbox row and the effect commit in one transaction
 * ({@link KetenConsumer}); a failure rolls both back and the platform's error handler retries, then dead-letters.
 */
@Component
public class MonitoringListener {

    static final String MONITORING_GESTART = "nl.veilig-thuis.keten.monitoring.monitoring-gestart.v1";
    static final String CONTACT_VASTGELEGD = "nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v1";
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringListener.class);

    private final KetenConsumer consumer;
    private final MonitoringKoppeling koppeling;
    private final EventStore eventStore;
    private final Abonnement abonnement;

    public MonitoringListener(KetenConsumer consumer, MonitoringKoppeling koppeling, EventStore eventStore) {
        this.consumer = consumer;
        this.koppeling = koppeling;
        this.eventStore = eventStore;
        this.abonnement = Abonnement.voor(WijkteamServiceApplication.NAAM)
                .verwerk(MONITORING_GESTART, MonitoringGestartV1.class,
                        (gestart, ontvangst) -> koppeling.koppel(gestart.monitoringId(), gestart.overdrachtId()))
                .commando(CONTACT_VASTGELEGD, MonitoringContactVastgelegdV1.class, this::ontvang);
    }

    @KafkaListener(topics = KetenTopics.MONITORING, id = "wijkteam-monitoring", idIsGroup = false)
    public void on(ConsumerRecord<String, byte[]> record) {
        consumer.verwerk(abonnement, record);
    }

    private OntvangMonitoringcontact ontvang(MonitoringContactVastgelegdV1 contact, Ontvangst ontvangst) {
        Optional<String> zaakId = koppeling.zaakVan(contact.monitoringId());
        if (zaakId.isEmpty() || contact.contactId() == null || contact.contactId().isBlank()) {
            LOG.info("Monitoringcontact uit {} overgeslagen: monitoring {} hoort niet bij een zaak van het wijkteam "
                    + "of het contact heeft geen contactId", ontvangst.event().id(), contact.monitoringId());
            return null;
        }
        // The handover that opens the zaak comes on another topic and may not have been handled yet. Failing here
        // rolls back the whole record, so the platform retries it and at last parks it on the dead-letter topic,
        // from where operations replay it: the contact is never silently lost.
        if (eventStore.lastSequenceNumberFor(zaakId.get()).isEmpty()) {
            throw new IllegalStateException("zaak " + zaakId.get() + " of monitoring " + contact.monitoringId()
                    + " is not opened yet; contact " + ontvangst.event().id() + " is retried");
        }
        return new OntvangMonitoringcontact(zaakId.get(), contact.monitoringId(), contact.contactId(),
                contact.contactOp(), contact.aantalDoelenBesproken());
    }
}
