package nl.veiligthuis.keten.melding.melding;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R6: tell the melder what was done with the melding at {@code moment}. {@code gemeente} names the receiving
 * wijkteam when the source event knows it; null means the melding's own gemeente. {@code aanleiding} names the
 * decision it answers (issue 14 point 5): {@code triage-ronde-N} for the N-th triage decision, so a new decision after
 * a return gets a letter of its own, and {@code onderzoek-<onderzoekId>} for a handover after onderzoek; null means
 * the moment's first decision.
 */
public record VerstuurTerugkoppeling(@TargetAggregateIdentifier String meldingId, Moment moment,
                                     Vervolgroute vervolgroute, String gemeente, String aanleiding) {

    public VerstuurTerugkoppeling(String meldingId, Moment moment, Vervolgroute vervolgroute, String gemeente) {
        this(meldingId, moment, vervolgroute, gemeente, null);
    }
}
