package nl.veiligthuis.keten.monitoring.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v1}: a count, not the goals. */
public record MonitoringContactVastgelegdV1(String monitoringId, String gezinId, Instant contactOp,
                                     int aantalDoelenBesproken, Actor actor) {
}
