package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/**
 * R5: how VT keeps sight on safety while the case waits. {@code medewerker} is null for the default set at
 * receipt; {@code wijze} says how (phone call to the melder, home visit, contact with school…).
 */
@Revision("1")
public record MonitoringsfrequentieVastgesteld(String meldingId, @Sleutelhouder String gezinId,
                                               Monitoringsfrequentie frequentie,
                                               @Persoonsgegeven String wijze, Triagist medewerker,
                                               Instant vastgesteldOp) {
}
