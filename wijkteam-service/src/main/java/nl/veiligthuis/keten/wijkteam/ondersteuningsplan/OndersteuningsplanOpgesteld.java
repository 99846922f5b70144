package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;
import nl.veiligthuis.keten.platform.privacy.Sleutelhouder;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

/** Stored in wijkteam-service only; the published form carries counts and codes, no texts or names (D4). */
@Revision("1")
public record OndersteuningsplanOpgesteld(String zaakId, @Sleutelhouder String gezinId, String gemeente, int versie,
                                          @Persoonsgegeven String perspectief, List<Doel> doelen, List<Actie> acties,
                                          OpgesteldMet opgesteldMet, Medewerker medewerker, Instant opgesteldOp) {
}
