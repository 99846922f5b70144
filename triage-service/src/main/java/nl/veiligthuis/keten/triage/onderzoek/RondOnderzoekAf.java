package nl.veiligthuis.keten.triage.onderzoek;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RondOnderzoekAf(@TargetAggregateIdentifier String onderzoekId, Rapportage rapportage) {
}
