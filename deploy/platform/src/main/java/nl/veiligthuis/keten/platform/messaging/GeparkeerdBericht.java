package nl.veiligthuis.keten.platform.messaging;

import java.time.Instant;

/**
 * A record parked on one of this service's dead-letter topics, without its payload (it may hold what the topic may
 * carry, but an overview for operations needs no more than identifiers and the reason).
 *
 * @param fout        the exception's class, and its cause's class, that made the consumer give up
 * @param herhaaldOp  when it was sent back to its original topic; null while it waits
 */
public record GeparkeerdBericht(String topic, int partitie, long offset, String eventId, String eventType,
                               String gezinId, String origineelTopic, String fout, Instant geparkeerdOp,
                               Instant herhaaldOp) {
}
