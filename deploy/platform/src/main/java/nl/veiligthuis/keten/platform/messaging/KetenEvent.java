package nl.veiligthuis.keten.platform.messaging;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.veiligthuis.keten.platform.axon.AxonJdbcConfiguration;

/**
 * One integration event as a CloudEvent (NL GOV profile). {@code data} is the JSON payload as sent;
 * {@code subject} is the opaque gezinId, which is also the record key and the partition key.
 */
public record KetenEvent(String id, String type, URI source, String subject, Instant time, URI dataref,
                         String correlationId, String causationId, String traceparent, byte[] data) {

    /** The CloudEvents source of a service of the chain: {@code urn:nl-veilig-thuis:keten:<service>}. */
    public static URI bron(String dienst) {
        return URI.create("urn:nl-veilig-thuis:keten:" + dienst);
    }

    public KetenEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /**
     * Metadata for the command a consumer sends on receipt: this event is its cause, and the chain's correlation
     * id travels on to every event the command causes (and so to their CloudEvents), and so does the W3C trace
     * context when the event carried one.
     */
    public Map<String, String> commandoMetadata() {
        Map<String, String> metadata = new HashMap<>();
        metadata.put(AxonJdbcConfiguration.CORRELATION_ID, correlationId == null ? id : correlationId);
        metadata.put(AxonJdbcConfiguration.CAUSATION_ID, id);
        if (traceparent != null) {
            metadata.put(AxonJdbcConfiguration.TRACEPARENT, traceparent);
        }
        return Map.copyOf(metadata);
    }
}
