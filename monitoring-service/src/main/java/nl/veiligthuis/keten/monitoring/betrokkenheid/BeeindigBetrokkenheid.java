package nl.veiligthuis.keten.monitoring.betrokkenheid;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The registering organisation ends its involvement (R18); {@code organisatie} and {@code team} are the caller's: a
 * team's registration is ended by that team, or by the organisation as a whole (a token without a team).
 */
public record BeeindigBetrokkenheid(@TargetAggregateIdentifier String betrokkenheidId, String organisatie,
                                    String team) {

    public BeeindigBetrokkenheid(String betrokkenheidId, String organisatie) {
        this(betrokkenheidId, organisatie, null);
    }
}
