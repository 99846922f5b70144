package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R14: a contact with the gezin; {@code besprokenDoelen} names the agreed goals discussed by their number. */
public record LegContactVast(@TargetAggregateIdentifier String monitoringId, String contactId, Instant contactOp,
                             List<Integer> besprokenDoelen, Medewerker medewerker) {
}
