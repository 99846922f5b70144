package nl.veiligthuis.keten.monitoring.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-gestart.v1}. aantalAfgesprokenDoelen (added later,
 * optional): the goals VT monitors against (R14); absent when the handover did not say.
 */
public record MonitoringGestartV1(String monitoringId, String overdrachtId, String gezinId, Instant gestartOp,
                                  Instant uiterlijkEersteContactOp,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer aantalAfgesprokenDoelen,
                                  Actor actor) {
}
