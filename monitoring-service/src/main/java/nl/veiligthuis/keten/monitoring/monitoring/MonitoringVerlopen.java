package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R14: the term passed without a first contact. A signal for Veilig Thuis, never silently dropped. */
@Revision("1")
public record MonitoringVerlopen(String monitoringId, String gezinId, Instant verlopenOp,
                                 Instant uiterlijkEersteContactOp) {
}
