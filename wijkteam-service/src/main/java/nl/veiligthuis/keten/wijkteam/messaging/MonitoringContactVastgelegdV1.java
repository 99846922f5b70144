package nl.veiligthuis.keten.wijkteam.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * wijkteam-service's reading of {@code nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v1}; contactId
 * was added later and is missing in contacts published before it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MonitoringContactVastgelegdV1(String monitoringId, String contactId, Instant contactOp,
                                     Integer aantalDoelenBesproken) {

    boolean compleet() {
        return monitoringId != null && !monitoringId.isBlank() && contactOp != null && aantalDoelenBesproken != null;
    }
}
