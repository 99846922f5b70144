package nl.veiligthuis.keten.wijkteam.nazorg;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import org.axonframework.serialization.Revision;

/** Issue 14 point 7: the nazorg's last day passed without any check: a signal, never a silent lapse. */
@Revision("1")
public record NazorgVerlopen(String zaakId, @Sleutelhouder String gezinId, String gemeente, NazorgDoor door,
                             LocalDate tot, Instant verlopenOp) {
}
