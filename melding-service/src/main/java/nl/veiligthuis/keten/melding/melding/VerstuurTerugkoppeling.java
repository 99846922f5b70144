package nl.veiligthuis.keten.melding.melding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R6: tell the melder what was done with the melding at {@code moment}. {@code gemeente} names the receiving
 * wijkteam when the source event knows it; null means the melding's own gemeente.
 */
public record VerstuurTerugkoppeling(@TargetAggregateIdentifier String meldingId, Moment moment,
                                     Vervolgroute vervolgroute, String gemeente) {
}
