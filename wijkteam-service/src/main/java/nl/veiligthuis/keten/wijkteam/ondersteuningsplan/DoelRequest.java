package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A doel in the body of {@code POST /api/v1/zaken/{zaakId}/ondersteuningsplan}. */
public record DoelRequest(
        @Schema(example = "1", description = "1 is the most important; 1 to n, each once (R12)")
        @NotNull @Min(1) @Max(20) Integer prioriteit,
        @Schema(example = "De kinderen gaan elke dag naar school") @NotBlank @Size(max = 2000) String omschrijving,
        @Schema(example = "Over acht weken geen ongeoorloofd verzuim meer, volgens de school",
                description = "Concrete: when is the doel reached (R12)")
        @NotBlank @Size(max = 2000) String beoogdResultaat) {

    Doel doel() {
        return new Doel(prioriteit, omschrijving, beoogdResultaat);
    }
}
