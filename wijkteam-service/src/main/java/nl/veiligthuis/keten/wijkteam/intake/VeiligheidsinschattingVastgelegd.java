package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import org.axonframework.serialization.Revision;

/**
 * The latest assessment of a child counts. The onderbouwing never leaves wijkteam-service (D4). volwassenen: the adult
 * gezinsleden it covers (issue 14 point 9); null in an assessment stored before it was recorded.
 */
@Revision("1")
public record VeiligheidsinschattingVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente,
                                               String lidId, Veiligheidsinstrument instrument,
                                               Veiligheidsoordeel oordeel, @Persoonsgegeven String onderbouwing,
                                               Medewerker medewerker, Instant vastgelegdOp, List<String> volwassenen) {

    public VeiligheidsinschattingVastgelegd(String zaakId, String gezinId, String gemeente, String lidId,
                                            Veiligheidsinstrument instrument, Veiligheidsoordeel oordeel,
                                            String onderbouwing, Medewerker medewerker, Instant vastgelegdOp) {
        this(zaakId, gezinId, gemeente, lidId, instrument, oordeel, onderbouwing, medewerker, vastgelegdOp, List.of());
    }
}
