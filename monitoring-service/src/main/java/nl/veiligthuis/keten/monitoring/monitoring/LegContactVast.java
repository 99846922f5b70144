package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LegContactVast(@TargetAggregateIdentifier String monitoringId, String contactId, Instant contactOp,
                             List<String> doelenBesproken, Medewerker medewerker) {
}
