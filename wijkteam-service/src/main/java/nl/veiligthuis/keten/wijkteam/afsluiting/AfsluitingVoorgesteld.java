package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AfsluitingVoorgesteld(String zaakId, String gezinId, String gemeente, Uitkomst uitkomst, String vervolg,
                                    String onderbouwing, List<Informatiedeling> informeren, Medewerker medewerker,
                                    Instant voorgesteldOp) {
}
