package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * R5: no wachtcontact by {@code uiterlijkOp} at the case's {@code frequentie}: a signal, never silently dropped.
 * {@code gemisteIntervallen} counts the intervals that passed without contact when the check ran late (1 when on
 * time); the next check is at {@code volgendContactUiterlijkOp}. {@code laatsteContactOp} is null when VT never
 * recorded a wachtcontact for this case.
 */
@Revision("1")
public record WachtcontactGemist(String meldingId, String gezinId, Monitoringsfrequentie frequentie,
                                 Instant laatsteContactOp, Instant uiterlijkOp, int gemisteIntervallen,
                                 Instant volgendContactUiterlijkOp, Instant vastgesteldOp) {
}
