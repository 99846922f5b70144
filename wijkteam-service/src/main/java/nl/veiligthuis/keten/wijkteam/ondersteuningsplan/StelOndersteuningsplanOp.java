package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R12: a new version of the ondersteuningsplan; it waits for the teamleider's review. Answers the versie. */
public record StelOndersteuningsplanOp(@TargetAggregateIdentifier String zaakId, String perspectief, List<Doel> doelen,
                                       List<Actie> acties, OpgesteldMet opgesteldMet, Medewerker medewerker) {
}
