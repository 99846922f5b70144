package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OverdrachtsgesprekGevoerd(String onderzoekId, String meldingId, String gezinId, Instant gevoerdOp,
                                        List<String> deelnemers, String wijkteam) {
}
