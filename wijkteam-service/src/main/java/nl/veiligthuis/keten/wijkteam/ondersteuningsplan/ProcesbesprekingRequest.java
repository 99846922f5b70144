package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/procesbespreking}. */
public record ProcesbesprekingRequest(
        @Schema(example = "2026-11-20T13:30:00Z", description = "When the team held it; not in the future")
        @NotNull Instant gehoudenOp,
        @Schema(example = "Het team ziet voortgang; de regisseur vraagt schuldhulp aan en evalueert over vier weken")
        @NotBlank @Size(max = 10_000) String uitkomst,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
