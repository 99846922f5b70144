package nl.veiligthuis.keten.wijkteam.gezinsregie;

import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AccepteerGevoegdeOverdracht(@TargetAggregateIdentifier String zaakId, String overdrachtId,
                                          Medewerker medewerker) {
}
