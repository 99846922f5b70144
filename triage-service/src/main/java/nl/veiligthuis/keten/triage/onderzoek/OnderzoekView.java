package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;

/** {@code uiterlijkAfgerondOp} is the current end: extended by a justified overrun (R4). */
public record OnderzoekView(String onderzoekId, String meldingId, String gezinId, String status, Instant gestartOp,
                            LocalDate uiterlijkAfgerondOp, boolean termijnOverschreden,
                            RedenOverschrijding redenOverschrijding, String toelichtingOverschrijding,
                            Rapportage rapportage,
                            Instant afgerondOp, Instant overdrachtsgesprekOp, String overdrachtId) {
}
