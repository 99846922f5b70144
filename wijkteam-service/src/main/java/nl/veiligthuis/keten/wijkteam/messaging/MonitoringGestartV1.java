package nl.veiligthuis.keten.wijkteam.messaging;

import jakarta.validation.constraints.NotBlank;

/** wijkteam-service's reading of {@code nl.veilig-thuis.keten.monitoring.monitoring-gestart.v1}. */
record MonitoringGestartV1(@NotBlank String monitoringId, @NotBlank String overdrachtId) {
}
