package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** The bevindingen are free text and never leave wijkteam-service (D4). */
@Revision("1")
public record LeefgebiedenanalyseVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente,
                                            @Persoonsgegeven Map<Leefgebied, String> bevindingen, Medewerker medewerker,
                                            Instant vastgelegdOp) {
}
