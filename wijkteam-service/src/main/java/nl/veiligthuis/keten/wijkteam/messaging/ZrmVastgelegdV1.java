package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.zrm-vastgelegd.v1}
 * (docs/events/schemas/zrm-vastgelegd.v1.schema.json): that a ZRM was scored, without the scores (D4).
 */
public record ZrmVastgelegdV1(String zaakId, String gezinId, String lidId, String moment, Instant vastgelegdOp,
                              Actor actor) {
}
