package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The stand of one doel in the body of {@code POST .../ondersteuningsplan/evaluaties}. */
public record DoelEvaluatieRequest(
        @Schema(example = "1", description = "The prioriteit of the doel in the approved plan")
        @NotNull @Min(1) Integer prioriteit,
        @NotNull Stand stand,
        @Schema(example = "De kinderen missen nog één dag per week") @Size(max = 2000) String toelichting) {

    DoelEvaluatie evaluatie() {
        return new DoelEvaluatie(prioriteit, stand, toelichting);
    }
}
