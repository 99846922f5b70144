package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** R4: the term was extended, in time, for one of the reason categories. */
@Revision("1")
public record OverschrijdingGerechtvaardigd(String onderzoekId, String meldingId, String gezinId,
                                            RedenOverschrijding reden, String toelichting,
                                            LocalDate nieuweUiterlijkAfgerondOp, Instant geregistreerdOp) {
}
