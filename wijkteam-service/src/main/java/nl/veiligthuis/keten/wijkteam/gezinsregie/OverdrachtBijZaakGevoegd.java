package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Route;

/**
 * R10: a further handover for the gezin joined its lopende zaak; it waits for the team's acceptance unless the zaak
 * itself is still to be accepted, in which case accepting the zaak accepts it too. {@code gemeente} is the one Veilig
 * Thuis handed over to; the zaak keeps its own. {@code genoemdeLeden}: the persons this handover names (R11), known to
 * the zaak from now on.
 */
public record OverdrachtBijZaakGevoegd(String zaakId, String overdrachtId, String meldingId,
                                       @Sleutelhouder String gezinId, Route route, String gemeente,
                                       String onderzoekId, Instant overdrachtGedaanOp, String overdrachtDataref,
                                       Instant gevoegdOp, List<GenoemdGezinslid> genoemdeLeden) {

    public OverdrachtBijZaakGevoegd {
        genoemdeLeden = GenoemdGezinslid.lijst(genoemdeLeden);
    }

    public OverdrachtBijZaakGevoegd(String zaakId, String overdrachtId, String meldingId, String gezinId, Route route,
                                    String gemeente, String onderzoekId, Instant overdrachtGedaanOp,
                                    String overdrachtDataref, Instant gevoegdOp) {
        this(zaakId, overdrachtId, meldingId, gezinId, route, gemeente, onderzoekId, overdrachtGedaanOp,
                overdrachtDataref, gevoegdOp, List.of());
    }
}
