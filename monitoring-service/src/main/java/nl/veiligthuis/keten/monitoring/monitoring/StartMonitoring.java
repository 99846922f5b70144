package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent when Veilig Thuis handed a gezin over to the wijkteam after an onderzoek (R14). {@code aantalAfgesprokenDoelen}:
 * the goals of the rapportage, numbered 1..N; 0 when the handover did not say (published before it carried them).
 */
public record StartMonitoring(@TargetAggregateIdentifier String monitoringId, String overdrachtId, String gezinId,
                              Instant overdrachtGedaanOp, int aantalAfgesprokenDoelen) {
}
