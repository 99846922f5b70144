package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OnderzoekGestart(String onderzoekId, String meldingId, String gezinId, String gemeente,
                               Instant gestartOp, LocalDate uiterlijkAfgerondOp) {
}
