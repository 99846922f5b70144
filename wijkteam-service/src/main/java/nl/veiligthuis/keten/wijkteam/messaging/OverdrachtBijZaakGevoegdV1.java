package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.overdracht-bij-zaak-gevoegd.v1}
 * (docs/events/schemas/overdracht-bij-zaak-gevoegd.v1.schema.json).
 */
public record OverdrachtBijZaakGevoegdV1(String zaakId, String overdrachtId, String meldingId, String gezinId,
                                         String gemeente, String route, Instant gevoegdOp, Actor actor) {
}
