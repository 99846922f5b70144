package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/gezinsleden}. */
public record GezinslidRequest(
        @NotNull GezinslidRol rol,
        @Schema(example = "6e2f4a1b-3c5d-4e6f-8a9b-0c1d2e3f4a5b",
                description = "Optional pseudonymous id of the person in Veilig Thuis' handover package; once per zaak")
        @Pattern(regexp = Velden.UUID, message = "moet een UUID zijn") String persoonId,
        @Schema(example = "oudste dochter", description = "Optional short label for the team; stays in "
                + "wijkteam-service, never on a topic")
        @Size(max = 100) String aanduiding,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
