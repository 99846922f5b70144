package nl.veiligthuis.keten.wijkteam.zaak;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R10: reden is required for a change of regie, optional for the first casusregisseur. */
public record WijsRegisseurToe(@TargetAggregateIdentifier String zaakId, Regisseur regisseur, String reden) {
}
