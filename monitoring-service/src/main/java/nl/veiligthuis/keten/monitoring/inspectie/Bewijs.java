package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;

/** A timeline entry that proves (or disproves) a criterion: look it up on the gezin's timeline by its eventId. */
public record Bewijs(String eventId, String type, Instant tijdstip) {
}
