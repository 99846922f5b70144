package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1}
 * (docs/events/schemas/overdracht-geaccepteerd.v1.schema.json).
 */
public record OverdrachtGeaccepteerdV1(String zaakId, String overdrachtId, String gezinId, Instant geaccepteerdOp,
                                       String team, Actor actor) {
}
