package nl.veiligthuis.keten.wijkteam.intake;

import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;

public record VeiligheidsinschattingOverzicht(Veiligheidsinstrument instrument, Veiligheidsoordeel oordeel,
                                              String onderbouwing, Medewerker medewerker, Instant vastgelegdOp) {
}
