package nl.veiligthuis.keten.monitoring.aanvulling;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/** R21: added to the gezin's file; who added it is in the event's metadata (the token: subject, organisation, role). */
@Revision("1")
public record AanvullingToegevoegd(String aanvullingId, @Sleutelhouder String gezinId, Soort soort, String persoonId,
                                   Betreft betreft, @Persoonsgegeven String tekst, Instant toegevoegdOp) {
}
