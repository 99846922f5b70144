package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenTriage(@TargetAggregateIdentifier String meldingId, String gezinId, String gemeente, String regio,
                         boolean acuutOnveilig, Instant ontvangenOp, boolean herhaalmelding) {
}
