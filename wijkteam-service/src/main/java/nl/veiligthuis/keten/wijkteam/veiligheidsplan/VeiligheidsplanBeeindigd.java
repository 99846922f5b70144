package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** The veiligheidsplan ended before its time, with the reden; toelichting and medewerker stay here (D4). */
@Revision("1")
public record VeiligheidsplanBeeindigd(String zaakId, String gezinId, String gemeente, int versie,
                                       RedenBeeindiging reden, String toelichting, Instant beeindigdOp,
                                       Medewerker medewerker) {
}
