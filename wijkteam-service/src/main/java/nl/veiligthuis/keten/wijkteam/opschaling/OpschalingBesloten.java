package nl.veiligthuis.keten.wijkteam.opschaling;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OpschalingBesloten(String zaakId, @Sleutelhouder String gezinId, String gemeente, String opschalingId,
                                 Tafel tafel, Besluit besluit, @Persoonsgegeven String toelichting,
                                 Instant beslotenOp) {
}
