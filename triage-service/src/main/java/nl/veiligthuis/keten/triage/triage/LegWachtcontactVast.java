package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R5: VT checked on the gezin while the case waits. Returns when the next wachtcontact is due at the latest. */
public record LegWachtcontactVast(@TargetAggregateIdentifier String meldingId, String contactId, Instant contactOp,
                                  Wachtcontactwijze wijze, boolean veiligheidOngewijzigd, Triagist medewerker) {
}
