package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R2/R9: the wijkteam accepted the handover; from {@code sinds} it holds zicht op veiligheid for this melding.
 * {@code team}: the team that took the zaak (issue 13 point 2), null when the wijkteam did not say.
 */
@Revision("1")
public record ZichtOpVeiligheidBijWijkteam(String meldingId, String gezinId, String zaakId, String overdrachtId,
                                           Instant sinds, String team) {
}
