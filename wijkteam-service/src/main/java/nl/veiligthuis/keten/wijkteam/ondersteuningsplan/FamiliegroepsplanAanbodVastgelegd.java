package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Answer of {@code POST …/ondersteuningsplan/familiegroepsplan-aanbod}. */
public record FamiliegroepsplanAanbodVastgelegd(
        @Schema(example = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda") String zaakId,
        @Schema(example = "2026-12-03") LocalDate aangebodenOp,
        @Schema(example = "GEZIN_ZIET_AF") FamiliegroepsplanAntwoord antwoord) {
}
