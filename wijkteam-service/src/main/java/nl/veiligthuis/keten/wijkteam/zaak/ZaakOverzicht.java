package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;

/** What other systems may read of a zaak: identifiers, route and status; no medewerker, no personal data. */
public record ZaakOverzicht(String zaakId, String gezinId, String overdrachtId, String meldingId, Route route,
                            String gemeente, ZaakStatus status, Instant geopendOp, Instant geaccepteerdOp) {
}
