package nl.veiligthuis.keten.wijkteam.nazorg;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.contact.Veiligheidsbeeld;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/nazorg/controles} (issue 14 point 7). */
public record NazorgcontroleRequest(
        @Schema(example = "2027-01-15", description = "The day of the check; from the closing up to today")
        @NotNull @PastOrPresent LocalDate op,
        @NotNull Veiligheidsbeeld beeld,
        @Schema(example = "Moeder gebeld; kinderen gaan naar school, geen nieuwe incidenten.",
                description = "What the check showed; stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 10_000) String bevinding,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
