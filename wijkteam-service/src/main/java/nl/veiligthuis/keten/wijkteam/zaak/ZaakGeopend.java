package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ZaakGeopend(String zaakId, String overdrachtId, String meldingId, String gezinId, Route route,
                          String gemeente, String onderzoekId, Instant overdrachtGedaanOp, Instant geopendOp) {
}
