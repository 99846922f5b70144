package nl.veiligthuis.keten.wijkteam.zaak;

import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Stored in wijkteam-service's own event store only; the published form carries a role, not the medewerker. team is
 * null in events stored before teams existed.
 */
@Revision("1")
public record OverdrachtGeaccepteerd(String zaakId, String overdrachtId, @Sleutelhouder String gezinId, String gemeente,
                                     Medewerker medewerker, Instant geaccepteerdOp, String team) {
}
