package nl.veiligthuis.keten.wijkteam.nazorg;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.contact.Veiligheidsbeeld;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

/** Issue 14 point 7: a closed zaak's nazorg, with its checks newest first. */
public record NazorgOverzicht(
        String zaakId, NazorgDoor door, String organisatie,
        @Schema(description = "The nazorg's last day") LocalDate tot,
        Instant afgeslotenOp,
        @Schema(description = "When the term passed without any check (signal NAZORG_VERLOPEN); null otherwise")
        Instant verlopenOp,
        LocalDate laatsteControleOp,
        List<Controle> controles) {

    public record Controle(LocalDate op, Veiligheidsbeeld beeld, String bevinding,
                           @Schema(description = "false for a check after the nazorg's last day") boolean binnenTermijn,
                           Medewerker medewerker, Instant vastgelegdOp) {
    }
}
