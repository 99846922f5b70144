package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/** R3. {@code ronde} counts decisions on this melding: a zaak returned by the wijkteam (R9) is decided again. */
@Revision("1")
public record TriageAfgerond(String meldingId, @Sleutelhouder String gezinId, String gemeente, Uitkomst uitkomst,
                             Triagist triagist, Ernst ernst, @Persoonsgegeven String onderbouwing,
                             @Persoonsgegeven String advies, Instant afgerondOp, boolean binnenTermijn, int ronde) {
}
