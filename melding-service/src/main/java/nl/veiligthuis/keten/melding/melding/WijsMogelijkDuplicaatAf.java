package nl.veiligthuis.keten.melding.melding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A medewerker establishes that an offered gezin is not the gezin of this melding. */
public record WijsMogelijkDuplicaatAf(@TargetAggregateIdentifier String meldingId, String gezinId) {
}
