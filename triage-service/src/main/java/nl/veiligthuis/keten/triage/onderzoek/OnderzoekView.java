package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;

public record OnderzoekView(String onderzoekId, String meldingId, String gezinId, String status, Instant gestartOp,
                            LocalDate uiterlijkAfgerondOp, boolean termijnOverschreden, Rapportage rapportage,
                            Instant afgerondOp, Instant overdrachtsgesprekOp, String overdrachtId) {
}
