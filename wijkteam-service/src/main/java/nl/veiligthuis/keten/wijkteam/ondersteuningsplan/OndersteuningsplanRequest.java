package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/ondersteuningsplan}. */
public record OndersteuningsplanRequest(
        @Schema(example = "Het gezin woont veilig samen en de ouders lossen ruzies op zonder geweld",
                description = "The desired perspective of the gezin (R12)")
        @NotBlank @Size(max = 10_000) String perspectief,
        @Schema(description = "Prioritised concrete goals, at least one (R12)")
        @NotEmpty @Size(max = 20) List<@NotNull @Valid DoelRequest> doelen,
        @Schema(description = "Actions per involved party, each for a doel of this plan (R12)")
        @NotEmpty @Size(max = 100) List<@NotNull @Valid ActieRequest> acties,
        @Schema(description = "Made with the gezin, or the gezin's familiegroepsplan (R12)")
        @NotNull OpgesteldMet opgesteldMet,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
