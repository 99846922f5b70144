package nl.veiligthuis.keten.wijkteam.samenwerking;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/overleggen} (issue 14 point 11). */
public record OverlegRequest(
        @NotNull Overlegsoort soort,
        @Schema(example = "2026-12-01", description = "The day of the consultation; from the acceptance up to today")
        @NotNull @PastOrPresent LocalDate op,
        @Schema(description = "Who sat at the table; VEILIG_THUIS and WIJKTEAM both")
        @NotEmpty @Size(max = 4) List<@NotNull Overlegpartij> deelnemers,
        @Schema(example = "Veilig Thuis doet het onderzoek naar de nieuwe melding; het wijkteam houdt de regie.",
                description = "What the consultation concluded; stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 10_000) String conclusie,
        @Schema(description = "Who does what, by when; each for a party at the table")
        @NotNull @Size(max = 30) List<@NotNull @Valid TaakRequest> taken,
        @NotNull @Valid MedewerkerRequest medewerker) {

    /** One task in the body. */
    public record TaakRequest(
            @Schema(example = "Onderzoek naar de nieuwe melding, met gesprek met beide kinderen")
            @NotBlank @Size(max = 2_000) String omschrijving,
            @NotNull Overlegpartij door,
            @Schema(example = "2026-12-15", description = "Optional: the day it is done by") LocalDate uiterlijk) {

        Taak taak() {
            return new Taak(omschrijving, door, uiterlijk);
        }
    }
}
