package nl.veiligthuis.keten.wijkteam.opschaling;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.platform.web.Naam;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/opschalingen}. */
public record OpschalingRequest(
        @NotNull Tafel tafel,
        @NotNull RedenOpschaling reden,
        @Schema(example = "Na vier maanden hulp geen verandering; vader weigert elk contact over de ruzies.")
        @NotBlank @Size(max = 4000) String toelichting,
        @Schema(description = "Who keeps sight on safety until the tafel decides (R15)")
        @NotNull @Valid ZichthouderRequest zichthouder,
        @NotNull @Valid MedewerkerRequest medewerker) {

    public record ZichthouderRequest(
            @Schema(example = "Fatima el Amrani") @NotBlank @Naam @Size(max = 200) String naam,
            @Schema(example = "010-2345678") @NotBlank @Size(max = 50) String telefoon,
            @Schema(example = "Minters") @NotBlank @Size(max = 200) String organisatie) {

        Zichthouder zichthouder() {
            return new Zichthouder(naam.strip(), telefoon.strip(), organisatie.strip());
        }
    }
}
