package nl.veiligthuis.keten.triage.overdracht;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Applied by the aggregate that decides the handover: Triage (R7) or Onderzoek (R8). {@code aantalDoelen}: the
 * number of doelenVanOndersteuning in the rapportage, the goals VT monitors against (R14); null after triage and in
 * events stored before it existed.
 */
@Revision("1")
public record OverdrachtGedaan(String overdrachtId, String meldingId, String gezinId, Route route, String gemeente,
                               String onderzoekId, Instant gedaanOp, Integer aantalDoelen) {
}
