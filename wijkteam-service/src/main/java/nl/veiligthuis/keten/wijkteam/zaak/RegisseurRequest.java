package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.platform.web.Naam;

/** The casusregisseur in a request body; all three are required, the regisseur is the aanspreekpunt (R10). */
public record RegisseurRequest(
        @Schema(example = "Fatima el Amrani") @NotBlank @Naam @Size(max = 200) String naam,
        @Schema(example = "010-2345678", description = "Stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 50) String telefoon,
        @Schema(example = "Minters", description = "The organisation that employs the regisseur; published as actor")
        @NotBlank @Size(max = 200) String organisatie) {

    public Regisseur regisseur() {
        return new Regisseur(naam.strip(), telefoon.strip(), organisatie.strip());
    }
}
