package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The medewerker in the body of an acceptance or a terugmelding. */
public record MedewerkerRequest(
        @NotBlank @Size(max = 200) String naam,
        @Schema(description = "Optional; stays in wijkteam-service") @Size(max = 50) String telefoon) {

    Medewerker medewerker() {
        return new Medewerker(naam, telefoon);
    }
}
