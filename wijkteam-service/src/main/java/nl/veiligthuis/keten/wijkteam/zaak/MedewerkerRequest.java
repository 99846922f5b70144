package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The medewerker in the body of an acceptance or a terugmelding. */
public record MedewerkerRequest(
        @Schema(example = "Fatima el Amrani") @NotBlank @Size(max = 200) String naam,
        @Schema(example = "010-2345678", description = "Optional; stays in wijkteam-service")
        @Size(max = 50) String telefoon) {

    public Medewerker medewerker() {
        return new Medewerker(naam, telefoon);
    }
}
