package nl.veiligthuis.keten.wijkteam.verhuizing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;
import nl.veiligthuis.keten.wijkteam.zaak.RegisseurRequest;

/** Body of {@code POST /api/v1/verhuizingen/{verhuizingId}/acceptatie} (issue 14 point 10). */
public record VerhuizingAcceptatieRequest(
        @Schema(example = "Centrum", description = "The team of the receiving wijkteam that takes the zaak over")
        @NotBlank @Size(max = 100) String team,
        @Schema(description = "The new casusregisseur: with the zaak the regie passes (R10)")
        @NotNull @Valid RegisseurRequest regisseur,
        @Schema(example = "2027-01-12", description = "The day of the warm handover meeting of both teams, with the "
                + "gezin where it can; from the announcement up to today")
        @NotNull @PastOrPresent LocalDate warmeOverdrachtOp,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
