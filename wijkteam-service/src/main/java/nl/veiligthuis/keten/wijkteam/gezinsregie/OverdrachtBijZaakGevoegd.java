package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Route;

/**
 * R10: a further handover for the gezin joined its lopende zaak; it waits for the team's acceptance unless the zaak
 * itself is still to be accepted, in which case accepting the zaak accepts it too. {@code gemeente} is the one Veilig
 * Thuis handed over to; the zaak keeps its own.
 */
public record OverdrachtBijZaakGevoegd(String zaakId, String overdrachtId, String meldingId,
                                       @Sleutelhouder String gezinId, Route route, String gemeente,
                                       String onderzoekId, Instant overdrachtGedaanOp, String overdrachtDataref,
                                       Instant gevoegdOp) {
}
