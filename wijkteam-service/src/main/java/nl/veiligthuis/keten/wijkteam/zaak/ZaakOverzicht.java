package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import java.util.List;

/**
 * What the team and other entitled systems read of a zaak: identifiers, route, status, the reden of a
 * terugmelding, the current casusregisseur as aanspreekpunt (R10) and where the handover package lives
 * (overdrachtDataref, R7/R8). No medewerker who accepted or returned it, no toelichting, no data of the gezin.
 */
public record ZaakOverzicht(String zaakId, String gezinId, String overdrachtId, String meldingId, Route route,
                            String gemeente, String team, ZaakStatus status, Instant geopendOp, Instant geaccepteerdOp,
                            RedenTerugmelding redenTerugmelding, Instant teruggemeldOp, String overdrachtDataref,
                            HuidigeRegisseur regisseur, List<Signaal> signalen) {
}
