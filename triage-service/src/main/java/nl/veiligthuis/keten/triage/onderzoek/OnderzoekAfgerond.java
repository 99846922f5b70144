package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OnderzoekAfgerond(String onderzoekId, String meldingId, @Sleutelhouder String gezinId,
                                Rapportage rapportage, Instant afgerondOp, boolean binnenTermijn) {
}
