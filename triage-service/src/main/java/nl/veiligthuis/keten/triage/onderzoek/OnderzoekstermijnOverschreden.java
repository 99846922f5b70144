package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** R4: the 10-week term passed without completion. */
@Revision("1")
public record OnderzoekstermijnOverschreden(String onderzoekId, String meldingId, String gezinId,
                                            LocalDate uiterlijkAfgerondOp, Instant overschredenOp) {
}
