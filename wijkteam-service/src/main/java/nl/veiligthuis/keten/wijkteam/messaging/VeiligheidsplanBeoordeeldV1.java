package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsplan-beoordeeld.v1}: no opmerkingen, no name (D4). */
public record VeiligheidsplanBeoordeeldV1(String zaakId, String gezinId, int versie, String besluit,
                                          Instant beoordeeldOp, Actor actor) {
}
