package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/**
 * R13: versie of the veiligheidsplan is in force from opgesteldOp until eindigtOp (at most three months later),
 * first evaluated at eersteEvaluatieOp. Texts and the medewerker stay in wijkteam-service (D4).
 */
@Revision("1")
public record VeiligheidsplanOpgesteld(String zaakId, @Sleutelhouder String gezinId, String gemeente, int versie,
                                       Dreiging ernst, List<Afspraak> afspraken,
                                       @Persoonsgegeven String maatregelenBijOnveiligheid,
                                       List<KindOordeel> startsituatie, Instant opgesteldOp, Instant eindigtOp,
                                       Instant eersteEvaluatieOp, Medewerker medewerker) {
}
