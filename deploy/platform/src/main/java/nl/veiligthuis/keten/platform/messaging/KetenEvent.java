package nl.veiligthuis.keten.platform.messaging;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One integration event as a CloudEvent (NL GOV profile). {@code data} is the JSON payload as sent;
 * {@code subject} is the opaque gezinId, which is also the record key and the partition key.
 */
public record KetenEvent(String id, String type, URI source, String subject, Instant time, URI dataref,
                         String correlationId, String causationId, String traceparent, byte[] data) {

    public KetenEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }
}
