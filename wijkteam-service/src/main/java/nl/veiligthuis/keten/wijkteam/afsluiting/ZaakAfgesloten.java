package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The zaak leaves the wijkteam closed (R16); geinformeerd are the parties informed at the end (R17). overdrachtId and
 * meldingId let Veilig Thuis end the wijkteam's zicht op veiligheid on its own melding (R2).
 */
@Revision("1")
public record ZaakAfgesloten(String zaakId, @Sleutelhouder String gezinId, String gemeente, Uitkomst uitkomst,
                             @Persoonsgegeven String vervolg, List<Partij> geinformeerd, List<Partij> nietGeinformeerd,
                             Instant afgeslotenOp, String overdrachtId, String meldingId) {
}
