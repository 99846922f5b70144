package nl.veiligthuis.keten.wijkteam.verhuizing;

import io.swagger.v3.oas.annotations.media.Schema;

/** Answer of the receiving wijkteam's acceptance or refusal of a move. */
public record VerhuizingBesloten(
        @Schema(example = "8d2f6a0e-3c1b-3b7e-9a55-2f4c6d8e0a13") String verhuizingId,
        @Schema(example = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda") String zaakId,
        @Schema(example = "OVERGENOMEN") Verhuizingstatus status) {
}
