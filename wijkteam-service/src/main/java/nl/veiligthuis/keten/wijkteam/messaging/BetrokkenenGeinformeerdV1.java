package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.betrokkenen-geinformeerd.v1}: which parties, by code; the reason
 * for sharing without consent stays in wijkteam-service (D4).
 */
public record BetrokkenenGeinformeerdV1(String zaakId, String gezinId, String moment, List<String> metToestemming,
                                        List<String> zonderToestemming, List<String> nietGeinformeerd,
                                        Instant geinformeerdOp, Actor actor) {
}
