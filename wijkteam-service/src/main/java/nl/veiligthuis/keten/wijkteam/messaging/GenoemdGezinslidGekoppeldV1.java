package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.genoemd-gezinslid-gekoppeld.v1}
 * (docs/events/schemas/genoemd-gezinslid-gekoppeld.v1.schema.json): pseudonymous ids only; the medewerker stays in
 * wijkteam-service (D4).
 */
public record GenoemdGezinslidGekoppeldV1(String zaakId, String gezinId, String persoonId, String lidId,
                                          Instant gekoppeldOp, Actor actor) {
}
