package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/zaken/{zaakId}/acceptatie}. */
public record AcceptatieRequest(
        @Schema(example = "Westwijk", description = "The wijkteam within the gemeente that takes the zaak")
        @NotBlank @Size(max = 100) String team,
        @NotNull @Valid MedewerkerRequest medewerker,
        @Schema(description = "Optional: the first casusregisseur, named at acceptance (R10)")
        @Valid RegisseurRequest regisseur) {

    Regisseur eersteRegisseur() {
        return regisseur == null ? null : regisseur.regisseur();
    }
}
