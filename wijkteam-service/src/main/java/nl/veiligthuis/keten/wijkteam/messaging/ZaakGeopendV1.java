package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.zaak-geopend.v1} (docs/events/schemas/zaak-geopend.v1.schema.json). */
public record ZaakGeopendV1(String zaakId, String overdrachtId, String meldingId, String gezinId, String gemeente,
                            String route, Instant geopendOp, Actor actor) {
}
