package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.zaak-opgeschaald.v1}: codes only; the toelichting and the
 * zichthouder stay in wijkteam-service (D4).
 */
public record ZaakOpgeschaaldV1(String zaakId, String gezinId, String opschalingId, String tafel, String reden,
                                Instant opgeschaaldOp, Actor actor) {
}
