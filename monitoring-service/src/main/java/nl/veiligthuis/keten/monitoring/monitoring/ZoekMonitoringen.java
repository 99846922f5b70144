package nl.veiligthuis.keten.monitoring.monitoring;

public record ZoekMonitoringen(String gezinId) {
}
