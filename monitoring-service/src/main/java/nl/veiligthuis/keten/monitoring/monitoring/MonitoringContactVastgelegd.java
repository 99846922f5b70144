package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** {@code tijdig} is false for a contact after the term passed: recorded, but the monitoring stays verlopen. */
@Revision("1")
public record MonitoringContactVastgelegd(String monitoringId, String gezinId, String contactId, Instant contactOp,
                                          List<String> doelenBesproken, Medewerker medewerker, Instant vastgelegdOp,
                                          boolean tijdig) {
}
