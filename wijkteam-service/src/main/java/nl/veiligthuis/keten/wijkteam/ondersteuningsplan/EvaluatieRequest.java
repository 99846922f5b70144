package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/ondersteuningsplan/evaluaties}. */
public record EvaluatieRequest(
        @Schema(description = "Every doel of the approved plan, once") @NotEmpty @Size(max = 20)
        List<@NotNull @Valid DoelEvaluatieRequest> doelen,
        @Schema(description = "Whether the gezin took part in the evaluation") @NotNull Boolean samenMetGezin,
        @Schema(example = "Doel 1 loopt door; de school houdt het verzuim wekelijks bij",
                description = "Optional: how the plan is adjusted")
        @Size(max = 10_000) String bijstelling,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
