package nl.veiligthuis.keten.platform.messaging;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.veiligthuis.keten.platform.axon.AxonJdbcConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends integration events from a service's event-store processor. The send is awaited, so the processor's
 * token only advances after Kafka acknowledged the record: the event store is the outbox, delivery is
 * at-least-once and the CloudEvent id (the stored event's id) lets consumers drop redeliveries.
 */
public class IntegrationEventPublisher {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final JsonMapper jsonMapper;
    private final URI source;
    private final String topic;
    private final String typePrefix;
    private final String publicBaseUrl;

    public IntegrationEventPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, JsonMapper jsonMapper,
                                     String serviceName, String topic, String domain, String publicBaseUrl) {
        this.kafkaTemplate = kafkaTemplate;
        this.jsonMapper = jsonMapper;
        this.source = KetenEvent.bron(serviceName);
        this.topic = topic;
        this.typePrefix = "nl.veilig-thuis.keten." + domain + ".";
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * @param eventName  the event's name in kebab case, e.g. {@code melding-ontvangen}
     * @param gezinId    subject and record key
     * @param tijdstip   when it happened in the domain (the service's clock)
     * @param resource   path of the REST resource with the details, e.g. {@code /api/v1/meldingen/123}
     * @param payload    record serialized as the JSON data
     * @param origin     the stored event this integration event is published for
     */
    public void publish(String eventName, String gezinId, Instant tijdstip, String resource, Object payload,
                        EventMessage<?> origin) {
        KetenEvent event = new KetenEvent(
                origin.getIdentifier(),
                type(eventName),
                source,
                gezinId,
                tijdstip,
                resource == null ? null : URI.create(publicBaseUrl + resource),
                metaData(origin, AxonJdbcConfiguration.CORRELATION_ID, origin.getIdentifier()),
                metaData(origin, AxonJdbcConfiguration.CAUSATION_ID, null),
                metaData(origin, AxonJdbcConfiguration.TRACEPARENT, null),
                data(payload, metaData(origin, AxonJdbcConfiguration.HANDELENDE, null)));
        send(event);
    }

    /**
     * The payload as JSON; its {@code actor} names who acted by the token's pseudonymous subject when a person's
     * request caused the event (issue 13 point 3), never by name.
     */
    private byte[] data(Object payload, String handelende) {
        if (handelende == null) {
            return jsonMapper.writeValueAsBytes(payload);
        }
        JsonNode data = jsonMapper.valueToTree(payload);
        if (data.get("actor") instanceof ObjectNode actor) {
            actor.put("subject", handelende);
        }
        return jsonMapper.writeValueAsBytes(data);
    }

    public String type(String eventName) {
        return typePrefix + eventName + ".v1";
    }

    private void send(KetenEvent event) {
        try {
            kafkaTemplate.send(CloudEventsKafkaCodec.encode(topic, event))
                    .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + event.type(), e);
        } catch (ExecutionException | TimeoutException e) {
            // the processor retries the event with back-off; nothing is skipped
            throw new IllegalStateException("Kafka did not acknowledge " + event.type() + " " + event.id(), e);
        }
    }

    private static String metaData(EventMessage<?> origin, String key, String fallback) {
        Object value = origin.getMetaData().get(key);
        return value == null ? fallback : value.toString();
    }
}
