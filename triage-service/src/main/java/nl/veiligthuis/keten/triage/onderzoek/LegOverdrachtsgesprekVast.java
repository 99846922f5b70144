package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LegOverdrachtsgesprekVast(@TargetAggregateIdentifier String onderzoekId, Instant gevoerdOp,
                                        List<String> deelnemers, String wijkteam) {
}
