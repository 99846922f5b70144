package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R3. {@code ronde} counts decisions on this melding: a zaak returned by the wijkteam (R9) is decided again. */
@Revision("1")
public record TriageAfgerond(String meldingId, String gezinId, String gemeente, Uitkomst uitkomst,
                             Triagist triagist, Ernst ernst, String onderbouwing, String advies,
                             Instant afgerondOp, boolean binnenTermijn, int ronde) {
}
