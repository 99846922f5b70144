package nl.veiligthuis.keten.monitoring.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-gestart.v1}. */
public record MonitoringGestartV1(String monitoringId, String overdrachtId, String gezinId, Instant gestartOp,
                           Instant uiterlijkEersteContactOp, Actor actor) {
}
