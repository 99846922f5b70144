package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From melding-service's {@code melding-aan-gezin-gekoppeld.v1}: the melding belongs to a known gezin. */
public record VerwerkGezinskoppeling(@TargetAggregateIdentifier String meldingId, String gezinId,
                                     Instant gekoppeldOp) {
}
