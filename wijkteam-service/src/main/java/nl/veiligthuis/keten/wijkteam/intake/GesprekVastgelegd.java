package nl.veiligthuis.keten.wijkteam.intake;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** A later record for the same lid replaces the earlier one. The toelichting never leaves wijkteam-service (D4). */
@Revision("1")
public record GesprekVastgelegd(String zaakId, String gezinId, String gemeente, String lidId, GezinslidRol rol,
                                boolean gesproken, LocalDate gevoerdOp, RedenNietGesproken redenNietGesproken,
                                String toelichting, Medewerker medewerker, Instant vastgelegdOp) {
}
