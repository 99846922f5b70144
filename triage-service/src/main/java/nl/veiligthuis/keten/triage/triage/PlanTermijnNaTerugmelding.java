package nl.veiligthuis.keten.triage.triage;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue 14 point 2: plans the fresh R1 term of a triage returned before the term was planned with the return. */
public record PlanTermijnNaTerugmelding(@TargetAggregateIdentifier String meldingId) {
}
