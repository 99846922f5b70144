package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** All 13 domains scored 1–5; the scores stay in wijkteam-service, the published form says only that it happened. */
@Revision("1")
public record ZrmVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente, String lidId,
                            ZrmMoment moment, Map<ZrmDomein, Integer> scores, LocalDate peildatum,
                            Medewerker medewerker, Instant vastgelegdOp) {
}
