package nl.veiligthuis.keten.monitoring.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v1}: a count, not the goals.
 * contactId was added later (optional in the schema, always sent): the wijkteam answers the contact by it (R14).
 */
public record MonitoringContactVastgelegdV1(String monitoringId, String gezinId, String contactId, Instant contactOp,
                                            int aantalDoelenBesproken, Actor actor) {
}
