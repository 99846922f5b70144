package nl.veiligthuis.keten.wijkteam.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/**
 * Issue 14 point 6: a contact in the zaak's contact log. met, bevinding and the medewerker never leave wijkteam-service
 * (D4); the published form carries the soort, the day, the lidIds seen and the beeld.
 */
@Revision("1")
public record ContactVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente, String contactId,
                                Contactsoort soort, LocalDate op, List<String> gezien, @Persoonsgegeven String met,
                                Veiligheidsbeeld beeld, @Persoonsgegeven String bevinding, Medewerker medewerker,
                                Instant vastgelegdOp) {

    public ContactVastgelegd {
        gezien = gezien == null ? List.of() : List.copyOf(gezien);
    }
}
