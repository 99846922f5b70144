package nl.veiligthuis.keten.triage.overdracht;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/**
 * Applied by the aggregate that decides the handover: Triage (R7) or Onderzoek (R8). {@code aantalDoelen}: the
 * number of doelenVanOndersteuning in the rapportage, the goals VT monitors against (R14); null after triage and in
 * events stored before it existed. {@code toestemming}: the ground for sharing with the wijkteam (R17); null when not
 * recorded. {@code leden}: the persons the melding names, so the wijkteam knows every child from the start (R11, issue
 * 14 point 1); empty in events stored before it existed and for onderzoeken registered before it.
 */
@Revision("1")
public record OverdrachtGedaan(String overdrachtId, String meldingId, @Sleutelhouder String gezinId, Route route,
                               String gemeente, String onderzoekId, Instant gedaanOp, Integer aantalDoelen,
                               Toestemming toestemming, List<GenoemdGezinslid> leden) {

    public OverdrachtGedaan {
        leden = GenoemdGezinslid.lijst(leden);
    }

    public OverdrachtGedaan(String overdrachtId, String meldingId, String gezinId, Route route, String gemeente,
                            String onderzoekId, Instant gedaanOp, Integer aantalDoelen, Toestemming toestemming) {
        this(overdrachtId, meldingId, gezinId, route, gemeente, onderzoekId, gedaanOp, aantalDoelen, toestemming,
                List.of());
    }

    /** Without a recorded ground for sharing (R17), as events stored before it existed. */
    public OverdrachtGedaan(String overdrachtId, String meldingId, String gezinId, Route route, String gemeente,
                            String onderzoekId, Instant gedaanOp, Integer aantalDoelen) {
        this(overdrachtId, meldingId, gezinId, route, gemeente, onderzoekId, gedaanOp, aantalDoelen, null);
    }
}
