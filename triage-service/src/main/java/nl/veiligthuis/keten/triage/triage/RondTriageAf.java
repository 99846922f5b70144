package nl.veiligthuis.keten.triage.triage;

import nl.veiligthuis.keten.triage.overdracht.Toestemming;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RondTriageAf(@TargetAggregateIdentifier String meldingId, Uitkomst uitkomst, Triagist triagist,
                           Ernst ernst, String onderbouwing, String advies, Toestemming toestemming) {

    public RondTriageAf(String meldingId, Uitkomst uitkomst, Triagist triagist, Ernst ernst, String onderbouwing,
                        String advies) {
        this(meldingId, uitkomst, triagist, ernst, onderbouwing, advies, null);
    }
}
