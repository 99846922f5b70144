package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.contactfrequentie-afgesproken.v1}
 * (docs/events/schemas/contactfrequentie-afgesproken.v1.schema.json); the reden stays in wijkteam-service (D4).
 */
public record ContactfrequentieAfgesprokenV1(String zaakId, String gezinId, int dagen, Instant afgesprokenOp,
                                             Actor actor) {
}
