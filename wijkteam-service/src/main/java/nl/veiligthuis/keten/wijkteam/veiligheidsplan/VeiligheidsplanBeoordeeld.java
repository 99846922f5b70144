package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Quality control: a teamleider other than its author approved versie or sent it back with opmerkingen. */
@Revision("1")
public record VeiligheidsplanBeoordeeld(String zaakId, @Sleutelhouder String gezinId, String gemeente, int versie,
                                        Beoordeling besluit, @Persoonsgegeven String opmerkingen, Instant beoordeeldOp,
                                        Medewerker teamleider) {
}
