package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R12: the periodic evaluation of the approved plan, every doel; bijstelling (the adjustment) is optional. */
public record EvalueerOndersteuningsplan(@TargetAggregateIdentifier String zaakId, List<DoelEvaluatie> doelen,
                                         boolean samenMetGezin, String bijstelling, Medewerker medewerker) {
}
