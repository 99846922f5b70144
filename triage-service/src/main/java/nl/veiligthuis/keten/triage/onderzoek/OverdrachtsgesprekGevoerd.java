package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OverdrachtsgesprekGevoerd(String onderzoekId, String meldingId, @Sleutelhouder String gezinId,
                                        Instant gevoerdOp, @Persoonsgegeven List<String> deelnemers, String wijkteam) {
}
