package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.gezinslid-geregistreerd.v1}
 * (docs/events/schemas/gezinslid-geregistreerd.v1.schema.json): persoonId is null for a person not in the handover
 * package; the team's aanduiding stays in wijkteam-service (D4).
 */
public record GezinslidGeregistreerdV1(String zaakId, String gezinId, String lidId, String persoonId, String rol,
                                       Instant geregistreerdOp, Actor actor) {
}
