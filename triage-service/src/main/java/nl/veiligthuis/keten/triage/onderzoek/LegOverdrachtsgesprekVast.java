package nl.veiligthuis.keten.triage.onderzoek;

import nl.veiligthuis.keten.triage.overdracht.Toestemming;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LegOverdrachtsgesprekVast(@TargetAggregateIdentifier String onderzoekId, Instant gevoerdOp,
                                        List<String> deelnemers, String wijkteam, Toestemming toestemming) {

    public LegOverdrachtsgesprekVast(String onderzoekId, Instant gevoerdOp, List<String> deelnemers, String wijkteam) {
        this(onderzoekId, gevoerdOp, deelnemers, wijkteam, null);
    }
}
