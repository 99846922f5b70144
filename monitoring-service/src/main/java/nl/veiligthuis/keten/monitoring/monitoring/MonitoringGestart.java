package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * {@code aantalAfgesprokenDoelen}: the agreed goals (R14), numbered 1..N; 0 when unknown. Null in events stored
 * before it existed, which is read as unknown too.
 */
@Revision("1")
public record MonitoringGestart(String monitoringId, String overdrachtId, String gezinId, Instant overdrachtGedaanOp,
                                Instant gestartOp, Instant uiterlijkEersteContactOp, Integer aantalAfgesprokenDoelen) {

    public int afgesprokenDoelen() {
        return aantalAfgesprokenDoelen == null ? 0 : aantalAfgesprokenDoelen;
    }
}
