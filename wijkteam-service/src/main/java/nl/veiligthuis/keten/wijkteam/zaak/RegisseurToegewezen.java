package nl.veiligthuis.keten.wijkteam.zaak;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R10: from toegewezenOp the regisseur holds the regie of the zaak; vorigeRegisseur is null for the first one.
 * Stored in wijkteam-service's own event store only; the published form carries no name and no reden (D4).
 */
@Revision("1")
public record RegisseurToegewezen(String zaakId, @Sleutelhouder String gezinId, Regisseur regisseur,
                                  Regisseur vorigeRegisseur, @Persoonsgegeven String reden, Instant toegewezenOp) {
}
