package nl.veiligthuis.keten.triage.triage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RondTriageAf(@TargetAggregateIdentifier String meldingId, Uitkomst uitkomst, Triagist triagist,
                           Ernst ernst, String onderbouwing, String advies) {
}
