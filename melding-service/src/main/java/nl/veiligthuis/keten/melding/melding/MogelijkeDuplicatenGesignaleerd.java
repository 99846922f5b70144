package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** At registration, known gezinnen that may be this melding's gezin were offered; the melding kept its own gezinId. */
@Revision("1")
public record MogelijkeDuplicatenGesignaleerd(String meldingId, String gezinId,
                                              List<MogelijkDuplicaat> mogelijkeDuplicaten, Instant gesignaleerdOp) {
}
