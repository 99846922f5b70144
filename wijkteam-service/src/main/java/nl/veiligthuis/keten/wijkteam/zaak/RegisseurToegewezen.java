package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R10: from toegewezenOp the regisseur holds the regie of the zaak; vorigeRegisseur is null for the first one.
 * Stored in wijkteam-service's own event store only; the published form carries no name and no reden (D4).
 */
@Revision("1")
public record RegisseurToegewezen(String zaakId, String gezinId, Regisseur regisseur, Regisseur vorigeRegisseur,
                                  String reden, Instant toegewezenOp) {
}
