package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/**
 * R5: VT had contact to keep sight on safety while the case waits; the next one is due at the latest on
 * {@code volgendContactUiterlijkOp} at the case's {@code frequentie}. The medewerker stays in triage-service.
 */
@Revision("1")
public record WachtcontactVastgelegd(String meldingId, @Sleutelhouder String gezinId, String contactId,
                                     Instant contactOp, Wachtcontactwijze wijze, boolean veiligheidOngewijzigd,
                                     Triagist medewerker, Monitoringsfrequentie frequentie,
                                     Instant volgendContactUiterlijkOp, Instant vastgelegdOp) {
}
