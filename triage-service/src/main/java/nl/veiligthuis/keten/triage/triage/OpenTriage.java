package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenTriage(@TargetAggregateIdentifier String meldingId, String gezinId, String gemeente,
                         boolean acuutOnveilig, Instant ontvangenOp) {
}
