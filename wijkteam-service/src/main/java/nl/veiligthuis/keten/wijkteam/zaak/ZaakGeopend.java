package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import org.axonframework.serialization.Revision;

/**
 * overdrachtDataref is the URL of the handover package in triage-service (R7/R8): the package itself is not copied
 * into this event store. Added later and nullable, so events stored before it read it as null. genoemdeLeden: the
 * persons the handover named for the gezin (R11, issue 14 point 1), pseudonymous; events stored before it read empty.
 */
@Revision("1")
public record ZaakGeopend(String zaakId, String overdrachtId, String meldingId, String gezinId, Route route,
                          String gemeente, String onderzoekId, Instant overdrachtGedaanOp, Instant geopendOp,
                          String overdrachtDataref, List<GenoemdGezinslid> genoemdeLeden) {

    public ZaakGeopend {
        genoemdeLeden = GenoemdGezinslid.lijst(genoemdeLeden);
    }

    public ZaakGeopend(String zaakId, String overdrachtId, String meldingId, String gezinId, Route route,
                       String gemeente, String onderzoekId, Instant overdrachtGedaanOp, Instant geopendOp,
                       String overdrachtDataref) {
        this(zaakId, overdrachtId, meldingId, gezinId, route, gemeente, onderzoekId, overdrachtGedaanOp, geopendOp,
                overdrachtDataref, List.of());
    }
}
