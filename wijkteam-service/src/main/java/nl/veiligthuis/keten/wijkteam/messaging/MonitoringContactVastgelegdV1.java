package nl.veiligthuis.keten.wijkteam.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * wijkteam-service's reading of {@code nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v1}; contactId
 * was added later and is missing in contacts published before it.
 */
record MonitoringContactVastgelegdV1(@NotBlank String monitoringId, String contactId, @NotNull Instant contactOp,
                                     @NotNull Integer aantalDoelenBesproken) {
}
