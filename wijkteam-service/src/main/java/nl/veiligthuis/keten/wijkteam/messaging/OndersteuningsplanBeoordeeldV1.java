package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.ondersteuningsplan-beoordeeld.v1}
 * (docs/events/schemas/ondersteuningsplan-beoordeeld.v1.schema.json): the besluit, not the opmerkingen (D4).
 */
public record OndersteuningsplanBeoordeeldV1(String zaakId, String gezinId, int versie, String besluit,
                                             Instant beoordeeldOp, Actor actor) {
}
