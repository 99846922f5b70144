package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsplan-opgesteld.v1}: counts and dates only; the
 * agreements, measures and judgements stay in wijkteam-service (D4).
 */
public record VeiligheidsplanOpgesteldV1(String zaakId, String gezinId, int versie, String ernst, int aantalAfspraken,
                                         int aantalKinderen, Instant eindigtOp, Instant eersteEvaluatieOp,
                                         Instant opgesteldOp, Actor actor) {
}
