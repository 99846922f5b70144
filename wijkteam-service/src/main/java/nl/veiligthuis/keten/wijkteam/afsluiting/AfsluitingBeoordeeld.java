package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AfsluitingBeoordeeld(String zaakId, String gezinId, String gemeente, Beoordeling besluit,
                                   String opmerkingen, Medewerker teamleider, Instant beoordeeldOp) {
}
