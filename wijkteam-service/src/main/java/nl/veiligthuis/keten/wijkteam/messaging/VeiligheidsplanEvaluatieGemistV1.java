package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsplan-evaluatie-gemist.v1}. */
public record VeiligheidsplanEvaluatieGemistV1(String zaakId, String gezinId, int versie, Instant geplandOp,
                                               Instant vastgesteldOp) {
}
