package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.zaak-teruggemeld.v1}
 * (docs/events/schemas/zaak-teruggemeld.v1.schema.json): no toelichting, no medewerker (D4).
 */
public record ZaakTeruggemeldV1(String zaakId, String overdrachtId, String meldingId, String gezinId, String route,
                                String reden, Instant teruggemeldOp, Actor actor) {
}
