package nl.veiligthuis.keten.wijkteam.intake;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** A later record for the same lid replaces the earlier one. The toelichting never leaves wijkteam-service (D4). */
@Revision("1")
public record GesprekVastgelegd(String zaakId, @Sleutelhouder String gezinId, String gemeente, String lidId,
                                GezinslidRol rol, boolean gesproken, LocalDate gevoerdOp,
                                RedenNietGesproken redenNietGesproken, @Persoonsgegeven String toelichting,
                                Medewerker medewerker, Instant vastgelegdOp) {
}
