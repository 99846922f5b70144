package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsplan-verlopen.v1}. */
public record VeiligheidsplanVerlopenV1(String zaakId, String gezinId, int versie, Instant eindigdeOp,
                                        Instant vastgesteldOp) {
}
