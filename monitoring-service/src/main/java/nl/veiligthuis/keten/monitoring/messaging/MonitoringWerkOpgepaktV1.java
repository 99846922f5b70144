package nl.veiligthuis.keten.monitoring.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-werk-opgepakt.v1}
 * (docs/events/schemas/monitoring-werk-opgepakt.v1.schema.json), issue 14 point 8: a medewerker of Veilig Thuis took
 * the lapsed monitoring, or an unanswered contact ({@code contactId}), on; by role, never by name (D4).
 */
public record MonitoringWerkOpgepaktV1(String monitoringId, String gezinId,
                                       @JsonInclude(JsonInclude.Include.NON_NULL) String contactId,
                                       Instant opgepaktOp, Actor actor) {
}
