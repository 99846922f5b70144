package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.verhuizing-geweigerd.v1}
 * (docs/events/schemas/verhuizing-geweigerd.v1.schema.json): the reason as a code; regie and zicht op veiligheid stay
 * with the wijkteam of {@code vanGemeente}. Never the toelichting (D4).
 */
public record VerhuizingGeweigerdV1(String zaakId, String verhuizingId, String gezinId, String vanGemeente,
                                    String naarGemeente, String reden, Instant geweigerdOp, Actor actor) {
}
