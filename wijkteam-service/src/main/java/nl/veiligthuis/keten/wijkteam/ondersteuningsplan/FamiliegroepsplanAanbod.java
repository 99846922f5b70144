package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** One offer of a familiegroepsplan and the gezin's answer, as GET ondersteuningsplan shows it (issue 14 point 13). */
public record FamiliegroepsplanAanbod(
        @Schema(example = "2026-12-03") LocalDate aangebodenOp,
        @Schema(example = "GEZIN_ZIET_AF") FamiliegroepsplanAntwoord antwoord,
        String toelichting,
        @Schema(example = "Fatima el Amrani") String medewerker,
        Instant vastgelegdOp) {
}
