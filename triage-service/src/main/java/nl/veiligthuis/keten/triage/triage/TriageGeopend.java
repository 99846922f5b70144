package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import org.axonframework.serialization.Revision;

/**
 * A melding entered VT's triage. {@code regio} is null when the municipality's region is not known;
 * {@code herhaalmelding}: VT was already involved with the gezin when the melding arrived; {@code politiemelding}:
 * a police melding's kind, ZORGMELDING or MUTATIE_HUISELIJK_GEWELD (002 §3.2) (events stored before these fields
 * existed read as null and false); {@code leden}: the persons the melding names, handed over with it (R11; events
 * stored before it read as empty).
 */
@Revision("1")
public record TriageGeopend(String meldingId, String gezinId, String gemeente, boolean acuutOnveilig,
                            Instant ontvangenOp, LocalDate uiterlijkAfgerondOp, Instant geopendOp, String regio,
                            boolean herhaalmelding, String politiemelding, List<GenoemdGezinslid> leden) {

    public TriageGeopend {
        leden = GenoemdGezinslid.lijst(leden);
    }

    public TriageGeopend(String meldingId, String gezinId, String gemeente, boolean acuutOnveilig, Instant ontvangenOp,
                         LocalDate uiterlijkAfgerondOp, Instant geopendOp, String regio, boolean herhaalmelding,
                         String politiemelding) {
        this(meldingId, gezinId, gemeente, acuutOnveilig, ontvangenOp, uiterlijkAfgerondOp, geopendOp, regio,
                herhaalmelding, politiemelding, List.of());
    }

    public TriageGeopend(String meldingId, String gezinId, String gemeente, boolean acuutOnveilig, Instant ontvangenOp,
                         LocalDate uiterlijkAfgerondOp, Instant geopendOp, String regio, boolean herhaalmelding) {
        this(meldingId, gezinId, gemeente, acuutOnveilig, ontvangenOp, uiterlijkAfgerondOp, geopendOp, regio,
                herhaalmelding, null);
    }
}
