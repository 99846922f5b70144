package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StelAfsluitingVoor(@TargetAggregateIdentifier String zaakId, Uitkomst uitkomst, String vervolg,
                                 String onderbouwing, List<Informatiedeling> informeren, Medewerker medewerker) {
}
