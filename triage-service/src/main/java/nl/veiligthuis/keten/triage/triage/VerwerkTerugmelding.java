package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From the wijkteam's {@code zaak-teruggemeld.v1} (R9). */
public record VerwerkTerugmelding(@TargetAggregateIdentifier String meldingId, String zaakId, String overdrachtId,
                                  String route, String reden, Instant teruggemeldOp) {
}
