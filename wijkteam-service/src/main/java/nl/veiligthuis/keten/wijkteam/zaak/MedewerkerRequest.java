package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.platform.beveiliging.Beller;
import nl.veiligthuis.keten.platform.web.Naam;

/** The medewerker in the body of an acceptance or a terugmelding. */
public record MedewerkerRequest(
        @Schema(example = "Fatima el Amrani") @NotBlank @Naam @Size(max = 200) String naam,
        @Schema(example = "010-2345678", description = "Optional; stays in wijkteam-service")
        @Size(max = 50) String telefoon) {

    /**
     * The medewerker as the body names them (trimmed; a blank telefoon is none), and who it is as the request's token
     * says (issue 13 point 3).
     */
    public Medewerker medewerker() {
        return new Medewerker(naam == null ? null : naam.strip(),
                telefoon == null || telefoon.isBlank() ? null : telefoon.strip(),
                Beller.huidige().map(Beller::subject).orElse(null));
    }
}
