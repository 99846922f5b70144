package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when Veilig Thuis handed a gezin over to the wijkteam after an onderzoek (R14). */
public record StartMonitoring(@TargetAggregateIdentifier String monitoringId, String overdrachtId, String gezinId,
                              Instant overdrachtGedaanOp) {
}
