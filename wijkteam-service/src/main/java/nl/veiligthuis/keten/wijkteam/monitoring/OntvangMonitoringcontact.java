package nl.veiligthuis.keten.wijkteam.monitoring;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when Veilig Thuis recorded a monitoring contact for the gezin of this zaak (R14). */
public record OntvangMonitoringcontact(@TargetAggregateIdentifier String zaakId, String monitoringId,
                                       String contactId, Instant contactOp, int aantalDoelenBesproken) {
}
