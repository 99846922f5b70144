package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/** R5: a triagist picked the melding up; until then it waits for the start of triage. */
@Revision("1")
public record TriageGestart(String meldingId, @Sleutelhouder String gezinId, Triagist triagist, Instant gestartOp) {
}
