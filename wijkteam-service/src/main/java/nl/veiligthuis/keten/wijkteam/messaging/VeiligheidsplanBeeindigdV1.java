package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsplan-beeindigd.v1}: the reden, no toelichting (D4). */
public record VeiligheidsplanBeeindigdV1(String zaakId, String gezinId, int versie, String reden,
                                         Instant beeindigdOp, Actor actor) {
}
