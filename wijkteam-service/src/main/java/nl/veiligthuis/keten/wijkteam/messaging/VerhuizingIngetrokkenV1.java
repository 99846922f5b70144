package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.verhuizing-ingetrokken.v1}
 * (docs/events/schemas/verhuizing-ingetrokken.v1.schema.json): the announcing wijkteam took its move back; never the
 * toelichting (D4).
 */
public record VerhuizingIngetrokkenV1(String zaakId, String verhuizingId, String gezinId, String vanGemeente,
                                      String naarGemeente, Instant ingetrokkenOp, Actor actor) {
}
