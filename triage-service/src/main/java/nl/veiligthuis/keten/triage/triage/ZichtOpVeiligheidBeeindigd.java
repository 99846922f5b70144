package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R2/R16: the wijkteam that held zicht op veiligheid for this melding closed its zaak after establishing that the
 * children are safe; from {@code sinds} nobody in the chain holds it for this melding any more.
 */
@Revision("1")
public record ZichtOpVeiligheidBeeindigd(String meldingId, String gezinId, String zaakId, String overdrachtId,
                                         Instant sinds) {
}
