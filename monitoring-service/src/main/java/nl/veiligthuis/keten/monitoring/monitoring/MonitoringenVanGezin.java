package nl.veiligthuis.keten.monitoring.monitoring;

import java.util.List;

/** Response of {@code GET /api/v1/monitoringen?gezinId=}. */
public record MonitoringenVanGezin(String gezinId, List<MonitoringOverzicht> monitoringen) {
}
