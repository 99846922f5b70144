package nl.veiligthuis.keten.wijkteam.intake;

import java.time.Instant;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

public record LeefgebiedenanalyseOverzicht(Map<Leefgebied, String> bevindingen, Medewerker medewerker,
                                           Instant vastgelegdOp) {
}
