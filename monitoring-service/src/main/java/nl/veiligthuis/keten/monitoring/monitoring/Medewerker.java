package nl.veiligthuis.keten.monitoring.monitoring;

/** The VT employee who had the contact; the name stays in this service's event store, never on a topic. */
public record Medewerker(String naam) {
}
