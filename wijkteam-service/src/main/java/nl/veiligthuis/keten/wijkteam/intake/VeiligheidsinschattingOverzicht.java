package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;

public record VeiligheidsinschattingOverzicht(Veiligheidsinstrument instrument, Veiligheidsoordeel oordeel,
                                              String onderbouwing, Medewerker medewerker, Instant vastgelegdOp,
                                              @Schema(description = "The adult gezinsleden (lidIds) the assessment "
                                                      + "covers; null for one recorded before this was asked")
                                              List<String> volwassenen) {
}
