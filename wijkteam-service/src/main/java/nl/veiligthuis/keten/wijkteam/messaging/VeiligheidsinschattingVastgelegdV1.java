package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsinschatting-vastgelegd.v1}
 * (docs/events/schemas/veiligheidsinschatting-vastgelegd.v1.schema.json): instrument and oordeel as codes, never
 * the onderbouwing (D4).
 */
public record VeiligheidsinschattingVastgelegdV1(String zaakId, String gezinId, String lidId, String instrument,
                                                 String oordeel, Instant vastgelegdOp, Actor actor) {
}
