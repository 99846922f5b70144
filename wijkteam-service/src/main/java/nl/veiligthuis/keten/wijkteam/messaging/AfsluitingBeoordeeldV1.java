package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.afsluiting-beoordeeld.v1}: no opmerkingen, no name (D4). */
public record AfsluitingBeoordeeldV1(String zaakId, String gezinId, String besluit, Instant beoordeeldOp,
                                     Actor actor) {
}
