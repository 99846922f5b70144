package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.LocalDate;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.gesprek-vastgelegd.v1}
 * (docs/events/schemas/gesprek-vastgelegd.v1.schema.json): the reden as a code, never the toelichting (D4).
 */
public record GesprekVastgelegdV1(String zaakId, String gezinId, String lidId, String rol, boolean gesproken,
                                  String redenNietGesproken, LocalDate gevoerdOp, Actor actor) {
}
