package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R14: the wijkteam answered a contact of this monitoring; standen counts the goals per stand code. */
public record VerwerkAntwoordWijkteam(@TargetAggregateIdentifier String monitoringId, String contactId,
                                      String zaakId, Instant beantwoordOp, Map<String, Integer> standen) {
}
