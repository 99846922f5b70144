package nl.veiligthuis.keten.monitoring.monitoring;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R14, issue 14 point 8: a Veilig Thuis medewerker takes an item of the regio's monitoring worklist on: the lapsed
 * monitoring itself ({@code contactId} null), or a contact the wijkteam left unanswered.
 */
public record PakWerkOp(@TargetAggregateIdentifier String monitoringId, String contactId, Medewerker medewerker) {
}
