package nl.veiligthuis.keten.triage.onderzoek;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartOnderzoek(@TargetAggregateIdentifier String onderzoekId, Onderzoeker onderzoeker) {
}
