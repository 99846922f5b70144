package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OnderzoekAfgerond(String onderzoekId, String meldingId, String gezinId, Rapportage rapportage,
                                Instant afgerondOp, boolean binnenTermijn) {
}
