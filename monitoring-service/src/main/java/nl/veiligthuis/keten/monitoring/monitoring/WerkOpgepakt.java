package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/**
 * R14, issue 14 point 8: from {@code opgepaktOp} the medewerker answers for the item; {@code contactId} null for a
 * lapsed monitoring. Taken on again by someone else, the later one counts. The name never leaves this service.
 */
@Revision("1")
public record WerkOpgepakt(String monitoringId, @Sleutelhouder String gezinId, String contactId,
                           Medewerker medewerker, Instant opgepaktOp) {
}
