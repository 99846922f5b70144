package nl.veiligthuis.keten.triage.triage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartTriage(@TargetAggregateIdentifier String meldingId, Triagist triagist) {
}
