package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import org.axonframework.serialization.Revision;

/** The latest assessment of a child counts. The onderbouwing never leaves wijkteam-service (D4). */
@Revision("1")
public record VeiligheidsinschattingVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente,
                                               String lidId, Veiligheidsinstrument instrument,
                                               Veiligheidsoordeel oordeel, @Persoonsgegeven String onderbouwing,
                                               Medewerker medewerker, Instant vastgelegdOp) {
}
