package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** R2: for an acuut onveilige melding, VT holds zicht op veiligheid from receipt. */
@Revision("1")
public record TriageGeopend(String meldingId, String gezinId, String gemeente, boolean acuutOnveilig,
                            Instant ontvangenOp, LocalDate uiterlijkAfgerondOp, Instant geopendOp) {
}
