package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MonitoringAfgerond(String monitoringId, String gezinId, Instant afgerondOp) {
}
