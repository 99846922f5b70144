package nl.veiligthuis.keten.wijkteam.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.platform.web.Pseudoniem;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/contacten} (issue 14 point 6). */
public record ContactRequest(
        @NotNull Contactsoort soort,
        @Schema(example = "2026-11-30", description = "The day of the contact; from the acceptance up to today")
        @NotNull @PastOrPresent LocalDate op,
        @Schema(description = "The gezinsleden (lidIds of the intake) the team saw or spoke with. A HUISBEZOEK or "
                + "GESPREK where nobody was seen is logged, but does not count as contact")
        @Size(max = 30) List<@NotNull @Pattern(regexp = Pseudoniem.VORM) String> gezien,
        @Schema(example = "mentor van de oudste dochter",
                description = "Optional: who else, in the team's words; stays in wijkteam-service, never on a topic")
        @Size(max = 500) String met,
        @NotNull Veiligheidsbeeld beeld,
        @Schema(example = "Moeder en beide kinderen thuis; de afspraken uit het veiligheidsplan worden nagekomen.",
                description = "What the contact showed about safety; stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 10_000) String bevinding,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
