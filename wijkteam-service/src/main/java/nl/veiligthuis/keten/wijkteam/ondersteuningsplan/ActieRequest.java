package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An actie in the body of {@code POST /api/v1/zaken/{zaakId}/ondersteuningsplan}. */
public record ActieRequest(
        @Schema(description = "The involved party that carries it out (R12)") @NotNull Partij partij,
        @Schema(example = "Buurtsportcoach", description = "Optional; required for partij ANDERS")
        @Size(max = 200) String partijNaam,
        @Schema(example = "Vader brengt de kinderen elke ochtend naar school") @NotBlank @Size(max = 2000)
        String omschrijving,
        @Schema(example = "1", description = "The prioriteit of the doel of this plan the actie serves")
        @NotNull @Min(1) Integer doelPrioriteit) {

    Actie actie() {
        return new Actie(partij, partijNaam, omschrijving, doelPrioriteit);
    }
}
