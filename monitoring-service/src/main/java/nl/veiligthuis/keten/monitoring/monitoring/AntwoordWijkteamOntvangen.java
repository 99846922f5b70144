package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * R14: the wijkteam's answer to a contact, as counts of goals per stand. Not re-published: the wijkteam's own
 * event is on the timeline already.
 */
@Revision("1")
public record AntwoordWijkteamOntvangen(String monitoringId, String gezinId, String contactId, String zaakId,
                                        Instant beantwoordOp, Map<String, Integer> standen, Instant ontvangenOp) {
}
