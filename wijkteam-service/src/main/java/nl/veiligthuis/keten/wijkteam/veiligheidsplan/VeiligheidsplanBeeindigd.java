package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** The veiligheidsplan ended before its time, with the reden; toelichting and medewerker stay here (D4). */
@Revision("1")
public record VeiligheidsplanBeeindigd(String zaakId, @Sleutelhouder String gezinId, String gemeente, int versie,
                                       RedenBeeindiging reden, @Persoonsgegeven String toelichting, Instant beeindigdOp,
                                       Medewerker medewerker) {
}
