package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record BeoordeelAfsluiting(@TargetAggregateIdentifier String zaakId, Beoordeling besluit, String opmerkingen,
                                  Medewerker teamleider) {
}
