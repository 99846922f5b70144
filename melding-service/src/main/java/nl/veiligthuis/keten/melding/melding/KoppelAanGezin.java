package nl.veiligthuis.keten.melding.melding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A medewerker confirms that an offered gezin is the gezin of this melding. */
public record KoppelAanGezin(@TargetAggregateIdentifier String meldingId, String gezinId) {
}
