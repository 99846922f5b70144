package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record TriageAfgerond(String meldingId, String gezinId, String gemeente, Uitkomst uitkomst,
                             Triagist triagist, String ernst, String onderbouwing, String advies,
                             Instant afgerondOp, boolean binnenTermijn) {
}
