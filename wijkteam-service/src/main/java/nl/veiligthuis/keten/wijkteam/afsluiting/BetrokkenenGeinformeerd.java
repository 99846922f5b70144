package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BetrokkenenGeinformeerd(String zaakId, @Sleutelhouder String gezinId, String gemeente, Moment moment,
                                      List<Informatiedeling> partijen, Medewerker medewerker,
                                      Instant geinformeerdOp) {
}
