package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/ondersteuningsplan/familiegroepsplan-aanbod} (issue 14 point 13). */
public record FamiliegroepsplanAanbodRequest(
        @Schema(example = "2026-12-03", description = "The day the team offered it; from the acceptance up to today")
        @NotNull @PastOrPresent LocalDate aangebodenOp,
        @Schema(example = "GEZIN_ZIET_AF", description = "What the gezin answered")
        @NotNull FamiliegroepsplanAntwoord antwoord,
        @Schema(example = "Moeder wil eerst zelf met haar zus praten; het gezin werkt liever met het wijkteam.",
                description = "Optional; stays in wijkteam-service, never on a topic")
        @Size(max = 10_000) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
