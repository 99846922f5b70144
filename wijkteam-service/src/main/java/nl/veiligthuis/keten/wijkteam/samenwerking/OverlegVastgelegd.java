package nl.veiligthuis.keten.wijkteam.samenwerking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/**
 * Issue 14 point 11. The conclusie, the tasks' words and the medewerker never leave wijkteam-service (D4); the
 * published form carries the soort, the day, the parties and per task who and by when.
 */
@Revision("1")
public record OverlegVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente, String overlegId,
                                Overlegsoort soort, LocalDate op, List<Overlegpartij> deelnemers,
                                @Persoonsgegeven String conclusie, List<Taak> taken, Medewerker medewerker,
                                Instant vastgelegdOp) {

    public OverlegVastgelegd {
        deelnemers = deelnemers == null ? List.of() : List.copyOf(deelnemers);
        taken = taken == null ? List.of() : List.copyOf(taken);
    }
}
