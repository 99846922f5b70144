package nl.veiligthuis.keten.monitoring.betrokkenheid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The registering organisation ends its involvement (R18); {@code organisatie} is the caller's. */
public record BeeindigBetrokkenheid(@TargetAggregateIdentifier String betrokkenheidId, String organisatie) {
}
