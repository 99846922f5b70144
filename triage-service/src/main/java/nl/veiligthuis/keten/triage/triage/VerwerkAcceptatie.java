package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From the wijkteam's {@code overdracht-geaccepteerd.v1}. */
public record VerwerkAcceptatie(@TargetAggregateIdentifier String meldingId, String zaakId, String overdrachtId,
                                Instant geaccepteerdOp, String team) {
}
