package nl.veiligthuis.keten.wijkteam.intake;

import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R11: the findings per life domain, for all five. A later analysis replaces the earlier one. */
public record LegLeefgebiedenanalyseVast(@TargetAggregateIdentifier String zaakId,
                                         Map<Leefgebied, String> bevindingen, Medewerker medewerker) {
}
