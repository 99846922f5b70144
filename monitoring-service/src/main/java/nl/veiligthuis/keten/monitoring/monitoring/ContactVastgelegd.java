package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;

/** Response of {@code POST /api/v1/monitoringen/{monitoringId}/contacten}. */
public record ContactVastgelegd(String monitoringId, String contactId, Instant contactOp) {
}
