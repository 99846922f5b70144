package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MonitoringGestart(String monitoringId, String overdrachtId, String gezinId, Instant overdrachtGedaanOp,
                                Instant gestartOp, Instant uiterlijkEersteContactOp) {
}
