package nl.veiligthuis.keten.monitoring.monitoring;

public record HaalMonitoringOp(String monitoringId) {
}
