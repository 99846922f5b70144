package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** R5: the triage decided on an onderzoek; the case waits on VT's waiting list until an onderzoeker starts it. */
@Revision("1")
public record OnderzoekAangemeld(String onderzoekId, String meldingId, String gezinId, String gemeente,
                                 Instant aangemeldOp) {
}
