package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/zaken/{zaakId}/terugmelding}. */
public record TerugmeldingRequest(
        @Schema(description = "ONVOLDOENDE_MIDDELEN: no means for a fitting intervention (R9); "
                + "GEEN_HULPVRAAG_BIJ_ONVEILIGHEID: no question for help while safety risks remain (R16); "
                + "OVERSTIJGENDE_PROBLEMATIEK: the problems exceed the local field")
        @NotNull RedenTerugmelding reden,
        @Schema(description = "Why the zaak goes back; stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 10_000) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
