package nl.veiligthuis.keten.wijkteam.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

public record ZrmOverzicht(Map<ZrmDomein, Integer> scores, LocalDate peildatum, Medewerker medewerker,
                           Instant vastgelegdOp) {
}
