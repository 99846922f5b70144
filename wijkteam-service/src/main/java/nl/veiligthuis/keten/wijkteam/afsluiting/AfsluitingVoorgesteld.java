package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AfsluitingVoorgesteld(String zaakId, @Sleutelhouder String gezinId, String gemeente, Uitkomst uitkomst,
                                    @Persoonsgegeven String vervolg, @Persoonsgegeven String onderbouwing,
                                    List<Informatiedeling> informeren, Medewerker medewerker, Instant voorgesteldOp) {
}
