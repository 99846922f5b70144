package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Route;

/**
 * R10 decided otherwise, with its reason: a joined handover leaves the lopende zaak {@code zaakId} before acceptance
 * and opens zaak {@code nieuweZaakId} of its own, with the persons the handover named (R11). The toelichting and the
 * medewerker stay here (D4).
 */
public record OverdrachtAfgesplitst(String zaakId, String overdrachtId, String meldingId, @Sleutelhouder String gezinId,
                                    Route route, String gemeente, String onderzoekId, Instant overdrachtGedaanOp,
                                    String overdrachtDataref, String nieuweZaakId, RedenAfsplitsing reden,
                                    @Persoonsgegeven String toelichting, Medewerker medewerker,
                                    Instant afgesplitstOp, List<GenoemdGezinslid> genoemdeLeden) {

    public OverdrachtAfgesplitst {
        genoemdeLeden = GenoemdGezinslid.lijst(genoemdeLeden);
    }

    public OverdrachtAfgesplitst(String zaakId, String overdrachtId, String meldingId, String gezinId, Route route,
                                 String gemeente, String onderzoekId, Instant overdrachtGedaanOp,
                                 String overdrachtDataref, String nieuweZaakId, RedenAfsplitsing reden,
                                 String toelichting, Medewerker medewerker, Instant afgesplitstOp) {
        this(zaakId, overdrachtId, meldingId, gezinId, route, gemeente, onderzoekId, overdrachtGedaanOp,
                overdrachtDataref, nieuweZaakId, reden, toelichting, medewerker, afgesplitstOp, List.of());
    }
}
