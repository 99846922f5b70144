package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The melding of this triage was confirmed to belong to a known gezin: from now on the case counts for that gezin
 * (zicht op veiligheid, returns, repeats) and later events carry its gezinId.
 */
@Revision("1")
public record TriageAanGezinGekoppeld(String meldingId, String vorigGezinId, String gezinId, Instant gekoppeldOp) {
}
