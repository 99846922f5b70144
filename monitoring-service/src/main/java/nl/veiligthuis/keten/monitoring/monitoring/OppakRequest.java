package nl.veiligthuis.keten.monitoring.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /api/v1/monitoringen/{monitoringId}/oppakken} (R14, issue 14 point 8). */
public record OppakRequest(
        @Schema(description = "The unanswered contact taken on; absent for the lapsed monitoring itself",
                example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c")
        @Pattern(regexp = "[0-9a-fA-F-]{36}") String contactId,
        @NotNull @Valid ContactRequest.MedewerkerRequest medewerker,
        @Schema(description = "Take it over from a colleague who took it on before; without it that is a 409 R14",
                example = "false")
        Boolean overnemen) {
}
