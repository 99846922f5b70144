package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A melding entered VT's triage. {@code regio} is null when the municipality's region is not known;
 * {@code herhaalmelding}: VT was already involved with the gezin when the melding arrived; {@code politiemelding}:
 * a police melding's kind, ZORGMELDING or MUTATIE_HUISELIJK_GEWELD (002 §3.2) (events stored before these fields
 * existed read as null and false).
 */
@Revision("1")
public record TriageGeopend(String meldingId, String gezinId, String gemeente, boolean acuutOnveilig,
                            Instant ontvangenOp, LocalDate uiterlijkAfgerondOp, Instant geopendOp, String regio,
                            boolean herhaalmelding, String politiemelding) {

    public TriageGeopend(String meldingId, String gezinId, String gemeente, boolean acuutOnveilig, Instant ontvangenOp,
                         LocalDate uiterlijkAfgerondOp, Instant geopendOp, String regio, boolean herhaalmelding) {
        this(meldingId, gezinId, gemeente, acuutOnveilig, ontvangenOp, uiterlijkAfgerondOp, geopendOp, regio,
                herhaalmelding, null);
    }
}
