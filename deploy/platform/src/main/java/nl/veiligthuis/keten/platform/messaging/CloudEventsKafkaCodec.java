package nl.veiligthuis.keten.platform.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes in {@code ce_*} headers, the JSON
 * payload as the record value. Written by hand because the CloudEvents SDK does not support Jackson 3.
 */
public final class CloudEventsKafkaCodec {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    private CloudEventsKafkaCodec() {
    }

    public static ProducerRecord<String, byte[]> encode(String topic, KetenEvent event) {
        Headers headers = new RecordHeaders();
        put(headers, "ce_specversion", SPEC_VERSION);
        put(headers, "ce_id", event.id());
        put(headers, "ce_source", event.source().toString());
        put(headers, "ce_type", event.type());
        put(headers, "ce_subject", event.subject());
        put(headers, "ce_time", event.time().toString());
        put(headers, "ce_partitionkey", event.subject());
        put(headers, "content-type", CONTENT_TYPE);
        if (event.dataref() != null) {
            put(headers, "ce_dataref", event.dataref().toString());
        }
        if (event.correlationId() != null) {
            put(headers, "ce_correlationid", event.correlationId());
        }
        if (event.causationId() != null) {
            put(headers, "ce_causationid", event.causationId());
        }
        if (event.traceparent() != null) {
            put(headers, "ce_traceparent", event.traceparent());
        }
        return new ProducerRecord<>(topic, null, event.subject(), event.data(), headers);
    }

    /** @throws OngeldigCloudEventException when a required attribute is missing or malformed */
    public static KetenEvent decode(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, "ce_specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new OngeldigCloudEventException("ce_specversion " + specVersion + " is not supported");
        }
        if (record.value() == null) {
            throw new OngeldigCloudEventException("record without data");
        }
        return new KetenEvent(
                required(headers, "ce_id"),
                required(headers, "ce_type"),
                uri(required(headers, "ce_source"), "ce_source"),
                required(headers, "ce_subject"),
                instant(required(headers, "ce_time")),
                optional(headers, "ce_dataref") == null ? null : uri(optional(headers, "ce_dataref"), "ce_dataref"),
                optional(headers, "ce_correlationid"),
                optional(headers, "ce_causationid"),
                optional(headers, "ce_traceparent"),
                record.value());
    }

    private static void put(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String optional(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String key) {
        String value = optional(headers, key);
        if (value == null || value.isBlank()) {
            throw new OngeldigCloudEventException("required header " + key + " is missing");
        }
        return value;
    }

    private static URI uri(String value, String key) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new OngeldigCloudEventException(key + " is not a URI");
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new OngeldigCloudEventException("ce_time is not an RFC 3339 timestamp");
        }
    }
}
