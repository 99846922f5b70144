package nl.veiligthuis.keten.monitoring.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R14, issue 14 point 8: a Veilig Thuis medewerker takes an item of the regio's monitoring worklist on: the lapsed
 * monitoring itself ({@code contactId} null), or a contact the wijkteam has not answered. {@code overnemen}: knowingly
 * from a colleague who took it on before. Answers who held it before, or null.
 */
public record PakWerkOp(@TargetAggregateIdentifier String monitoringId, String contactId, Medewerker medewerker,
                        boolean overnemen) {
}
