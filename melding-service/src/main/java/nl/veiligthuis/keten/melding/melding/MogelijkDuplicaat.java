package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.media.Schema;

/** A known gezin offered for confirmation: never merged without a medewerker saying so. */
public record MogelijkDuplicaat(
        @Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
        @Schema(example = "NAAM_EN_GEBOORTEDATUM") Herkenningsgrond grond) {
}
