package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** R1/R2: the 5-working-day term passed without a decision; from now VT holds zicht op veiligheid. */
@Revision("1")
public record TriagetermijnOverschreden(String meldingId, String gezinId, LocalDate uiterlijkAfgerondOp,
                                        Instant overschredenOp) {
}
