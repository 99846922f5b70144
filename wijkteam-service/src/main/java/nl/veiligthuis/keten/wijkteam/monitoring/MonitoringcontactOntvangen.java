package nl.veiligthuis.keten.wijkteam.monitoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R14: a contact of VT monitoring arrived on the zaak and waits for the team's answer. Not re-published. */
@Revision("1")
public record MonitoringcontactOntvangen(String zaakId, String gezinId, String monitoringId, String contactId,
                                         Instant contactOp, int aantalDoelenBesproken, Instant ontvangenOp) {
}
