package nl.veiligthuis.keten.wijkteam.verhuizing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/verhuizing/intrekking} (issue 14 point 10). */
public record VerhuizingIntrekkingRequest(
        @Schema(example = "8d2f6a0e-3c1b-3b7e-9a55-2f4c6d8e0a13") @NotBlank @Size(max = 36) String verhuizingId,
        @Schema(example = "De verhuizing gaat niet door; moeder blijft in Vlaardingen",
                description = "Stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 10_000) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
