package nl.veiligthuis.keten.wijkteam.zaak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AccepteerOverdracht(@TargetAggregateIdentifier String zaakId, Medewerker medewerker) {
}
