package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R9: the wijkteam returned the zaak; the case is back on VT's worklist for a new decision.
 * {@code aantalTerugmeldingen} counts the returns of this melding, including this one.
 */
@Revision("1")
public record ZaakTeruggemeldOntvangen(String meldingId, String gezinId, String zaakId, String overdrachtId,
                                       String route, String reden, Instant teruggemeldOp, Instant ontvangenOp,
                                       int aantalTerugmeldingen) {
}
