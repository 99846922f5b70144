package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From the wijkteam's {@code zaak-afgesloten.v1} (R16): the wijkteam closed the zaak with every child safe. */
public record VerwerkAfsluiting(@TargetAggregateIdentifier String meldingId, String zaakId, String overdrachtId,
                                Instant afgeslotenOp) {
}
