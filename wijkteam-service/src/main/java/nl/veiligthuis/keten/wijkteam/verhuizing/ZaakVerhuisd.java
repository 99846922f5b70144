package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/**
 * Issue 14 point 10 (R10, R2): from {@code overgedragenOp} the zaak, its regie and zicht op veiligheid are with the
 * wijkteam of {@code naarGemeente} and {@code naarTeam}, after the warm handover meeting of {@code warmeOverdrachtOp}.
 * The new casusregisseur follows as a RegisseurToegewezen. The medewerker never leaves wijkteam-service (D4).
 */
@Revision("1")
public record ZaakVerhuisd(String zaakId, String verhuizingId, @Sleutelhouder String gezinId, String vanGemeente,
                           String vanTeam, String naarGemeente, String naarTeam, LocalDate verhuisdOp,
                           LocalDate warmeOverdrachtOp, Medewerker medewerker, Instant overgedragenOp) {
}
