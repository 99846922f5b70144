package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Stored in wijkteam-service only; the published form carries the besluit, not the opmerkingen or the name (D4). */
@Revision("1")
public record OndersteuningsplanBeoordeeld(String zaakId, @Sleutelhouder String gezinId, String gemeente, int versie,
                                           Beoordeling besluit, @Persoonsgegeven String opmerkingen,
                                           Medewerker teamleider, Instant beoordeeldOp) {
}
