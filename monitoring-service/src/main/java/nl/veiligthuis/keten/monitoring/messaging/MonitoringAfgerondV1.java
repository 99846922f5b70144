package nl.veiligthuis.keten.monitoring.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-afgerond.v1}. */
public record MonitoringAfgerondV1(String monitoringId, String gezinId, Instant afgerondOp) {
}
