package nl.veiligthuis.keten.wijkteam.opschaling;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OpschalingBesloten(String zaakId, String gezinId, String gemeente, String opschalingId, Tafel tafel,
                                 Besluit besluit, String toelichting, Instant beslotenOp) {
}
