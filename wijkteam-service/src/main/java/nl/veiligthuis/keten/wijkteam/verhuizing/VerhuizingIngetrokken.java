package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.time.Instant;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Issue 14 point 10. The toelichting and the medewerker never leave wijkteam-service (D4). */
@Revision("1")
public record VerhuizingIngetrokken(String zaakId, String verhuizingId, @Sleutelhouder String gezinId,
                                    String vanGemeente, String naarGemeente, @Persoonsgegeven String toelichting,
                                    Medewerker medewerker, Instant ingetrokkenOp) {
}
