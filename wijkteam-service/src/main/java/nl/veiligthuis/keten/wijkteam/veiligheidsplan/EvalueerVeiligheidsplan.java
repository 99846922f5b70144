package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R13: evaluates the plan in force; maatregelen are required while a child is not safe or agreements were broken. */
public record EvalueerVeiligheidsplan(@TargetAggregateIdentifier String zaakId, List<KindOordeel> huidigeSituatie,
                                      boolean afsprakenNagekomen, String maatregelen, Medewerker medewerker) {
}
