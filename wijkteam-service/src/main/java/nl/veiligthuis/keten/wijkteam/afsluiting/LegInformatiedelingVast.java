package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** At the start of help: whom the team informs, with or without consent (R16, R17). The end goes with closing. */
public record LegInformatiedelingVast(@TargetAggregateIdentifier String zaakId, List<Informatiedeling> partijen,
                                      Medewerker medewerker) {
}
