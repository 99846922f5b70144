package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.ondersteuningsplan-opgesteld.v1}
 * (docs/events/schemas/ondersteuningsplan-opgesteld.v1.schema.json): counts and codes, no goals, actions or names (D4).
 */
public record OndersteuningsplanOpgesteldV1(String zaakId, String gezinId, int versie, int aantalDoelen,
                                            List<String> partijen, String opgesteldMet, Instant opgesteldOp,
                                            Actor actor) {
}
