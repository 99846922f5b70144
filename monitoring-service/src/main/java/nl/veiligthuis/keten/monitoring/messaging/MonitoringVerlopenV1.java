package nl.veiligthuis.keten.monitoring.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-verlopen.v1}. */
public record MonitoringVerlopenV1(String monitoringId, String gezinId, Instant verlopenOp,
                            Instant uiterlijkEersteContactOp) {
}
