package nl.veiligthuis.keten.wijkteam.verhuizing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/verhuizingen/{verhuizingId}/weigering} (issue 14 point 10). */
public record VerhuizingWeigeringRequest(
        @Schema(example = "GEZIN_WOONT_NIET_IN_GEMEENTE") @NotNull RedenWeigering reden,
        @Schema(example = "Het gezin staat niet ingeschreven en is op het adres onbekend",
                description = "Stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 10_000) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
