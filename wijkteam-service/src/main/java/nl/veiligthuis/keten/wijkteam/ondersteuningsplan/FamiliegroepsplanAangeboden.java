package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Issue 14 point 13 (R12). The toelichting and the medewerker never leave wijkteam-service (D4). */
@Revision("1")
public record FamiliegroepsplanAangeboden(String zaakId, @Sleutelhouder String gezinId, String gemeente,
                                          LocalDate aangebodenOp, FamiliegroepsplanAntwoord antwoord,
                                          @Persoonsgegeven String toelichting, Medewerker medewerker,
                                          Instant vastgelegdOp) {
}
