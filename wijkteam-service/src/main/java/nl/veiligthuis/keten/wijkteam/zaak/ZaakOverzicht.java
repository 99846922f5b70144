package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;

/**
 * What other systems may read of a zaak: identifiers, route, status and the reden of a terugmelding; no medewerker,
 * no toelichting, no personal data.
 */
public record ZaakOverzicht(String zaakId, String gezinId, String overdrachtId, String meldingId, Route route,
                            String gemeente, ZaakStatus status, Instant geopendOp, Instant geaccepteerdOp,
                            RedenTerugmelding redenTerugmelding, Instant teruggemeldOp) {
}
