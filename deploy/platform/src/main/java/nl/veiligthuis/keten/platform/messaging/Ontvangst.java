package nl.veiligthuis.keten.platform.messaging;

/** An integration event as a consumer received it: the CloudEvent and where on Kafka it was read. */
public record Ontvangst(KetenEvent event, String topic, int partitie, long offset) {
}
