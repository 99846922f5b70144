package nl.veiligthuis.keten.wijkteam.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** wijkteam-service's reading of {@code nl.veilig-thuis.keten.monitoring.monitoring-gestart.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MonitoringGestartV1(String monitoringId, String overdrachtId) {

    boolean compleet() {
        return monitoringId != null && !monitoringId.isBlank() && overdrachtId != null && !overdrachtId.isBlank();
    }
}
