package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R12: the regisseur brought the zaak into the team for the procesbespreking. Answers whether it was in time. */
public record HoudProcesbespreking(@TargetAggregateIdentifier String zaakId, Instant gehoudenOp, String uitkomst,
                                   Medewerker medewerker) {
}
