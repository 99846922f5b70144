package nl.veiligthuis.keten.wijkteam.zaak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/zaken/{zaakId}/regisseur}. */
public record RegisseurToewijzingRequest(
        @NotNull @Valid RegisseurRequest regisseur,
        @Schema(example = "Fatima gaat met verlof; Joost neemt de regie over en heeft het gezin al ontmoet.",
                description = "Why the regie changes: required for a change, optional for the first casusregisseur "
                        + "(R10); stays in wijkteam-service, never on a topic")
        @Size(max = 10_000) String reden) {
}
