package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.ondersteuningsplan-geevalueerd.v1}
 * (docs/events/schemas/ondersteuningsplan-geevalueerd.v1.schema.json): counts per stand, no texts (D4).
 */
public record OndersteuningsplanGeevalueerdV1(String zaakId, String gezinId, int versie, int aantalBehaald,
                                              int aantalDeelsBehaald, int aantalNietBehaald, boolean samenMetGezin,
                                              Instant geevalueerdOp, Actor actor) {
}
