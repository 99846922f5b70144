package nl.veiligthuis.keten.wijkteam.monitoring;

public record HaalMonitoringcontactenOp(String zaakId) {
}
