package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * overdrachtDataref is the URL of the handover package in triage-service (R7/R8): the package itself is not copied
 * into this event store. Added later and nullable, so events stored before it read it as null.
 */
@Revision("1")
public record ZaakGeopend(String zaakId, String overdrachtId, String meldingId, String gezinId, Route route,
                          String gemeente, String onderzoekId, Instant overdrachtGedaanOp, Instant geopendOp,
                          String overdrachtDataref) {
}
