package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.leefgebiedenanalyse-vastgelegd.v1}
 * (docs/events/schemas/leefgebiedenanalyse-vastgelegd.v1.schema.json): that it was recorded, never the findings (D4).
 */
public record LeefgebiedenanalyseVastgelegdV1(String zaakId, String gezinId, Instant vastgelegdOp, Actor actor) {
}
