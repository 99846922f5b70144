package nl.veiligthuis.keten.wijkteam.nazorg;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.contact.Veiligheidsbeeld;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Issue 14 point 7. The bevinding and the medewerker never leave wijkteam-service (D4). */
@Revision("1")
public record NazorgcontroleVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente, LocalDate op,
                                       Veiligheidsbeeld beeld, @Persoonsgegeven String bevinding, Medewerker medewerker,
                                       boolean binnenTermijn, Instant vastgelegdOp) {
}
