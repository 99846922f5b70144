package nl.veiligthuis.keten.monitoring.tijdlijn;

/** Where an integration event was read: enough for an auditor to find the original record again (R19). */
public record Herkomst(String topic, int partition, long offset) {
}
