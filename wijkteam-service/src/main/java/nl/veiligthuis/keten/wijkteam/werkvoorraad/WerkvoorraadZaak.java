package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;

/**
 * One open zaak on a worklist. team is null for a handover no team has accepted yet; regisseur is the name of the
 * casusregisseur (R10); terugmeldingenGezin counts the gezin's zaken this service returned to Veilig Thuis (R9).
 */
public record WerkvoorraadZaak(String zaakId, String gezinId, String team, Route route, ZaakStatus status,
                               Instant geopendOp, String regisseur, Termijn volgendeTermijn, List<Signaal> signalen,
                               int terugmeldingenGezin) {
}
