package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Quality control: the teamleider approves the versie or sends it back with opmerkingen. */
public record BeoordeelVeiligheidsplan(@TargetAggregateIdentifier String zaakId, int versie, Beoordeling besluit,
                                       String opmerkingen, Medewerker teamleider) {
}
