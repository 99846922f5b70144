package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/** R4: the term was extended, in time, for one of the reason categories. */
@Revision("1")
public record OverschrijdingGerechtvaardigd(String onderzoekId, String meldingId, @Sleutelhouder String gezinId,
                                            RedenOverschrijding reden, @Persoonsgegeven String toelichting,
                                            LocalDate nieuweUiterlijkAfgerondOp, Instant geregistreerdOp) {
}
