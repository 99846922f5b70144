package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Ends the veiligheidsplan with the reden and a toelichting. */
public record BeeindigingRequest(
        @NotNull RedenBeeindiging reden,
        @Schema(example = "Bij de laatste twee evaluaties waren alle kinderen veilig") @NotBlank @Size(max = 4000)
        String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
