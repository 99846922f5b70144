package nl.veiligthuis.keten.wijkteam.zaak;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored in wijkteam-service's own event store only; the published form carries the reden and a role, not the
 * toelichting or the medewerker (D4).
 */
@Revision("1")
public record ZaakTeruggemeld(String zaakId, String overdrachtId, String meldingId, @Sleutelhouder String gezinId,
                              Route route, String gemeente, RedenTerugmelding reden,
                              @Persoonsgegeven String toelichting, Medewerker medewerker, Instant teruggemeldOp) {
}
