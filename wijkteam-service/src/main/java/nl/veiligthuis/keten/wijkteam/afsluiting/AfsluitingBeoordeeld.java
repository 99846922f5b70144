package nl.veiligthuis.keten.wijkteam.afsluiting;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AfsluitingBeoordeeld(String zaakId, @Sleutelhouder String gezinId, String gemeente, Beoordeling besluit,
                                   @Persoonsgegeven String opmerkingen, Medewerker teamleider, Instant beoordeeldOp) {
}
