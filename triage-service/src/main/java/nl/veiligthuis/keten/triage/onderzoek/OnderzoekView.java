package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code status}: {@code WACHT_OP_ONDERZOEK} (on the waiting list, R5), {@code LOOPT}, {@code AFGEROND},
 * {@code OVERGEDRAGEN}. {@code uiterlijkAfgerondOp} is the current end: extended by a justified overrun (R4); null
 * while the onderzoek waits.
 */
public record OnderzoekView(String onderzoekId, String meldingId, String gezinId, String status,
                            Instant aangemeldOp, Onderzoeker onderzoeker, Instant gestartOp,
                            LocalDate uiterlijkAfgerondOp, boolean termijnOverschreden,
                            RedenOverschrijding redenOverschrijding, String toelichtingOverschrijding,
                            Rapportage rapportage,
                            Instant afgerondOp, Instant overdrachtsgesprekOp, String overdrachtId) {
}
