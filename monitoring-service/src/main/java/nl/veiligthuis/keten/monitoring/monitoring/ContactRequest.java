package nl.veiligthuis.keten.monitoring.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/v1/monitoringen/{monitoringId}/contacten}. */
public record ContactRequest(
        @Schema(description = "Moment of the contact (never in the future); default now",
                example = "2027-01-20T10:00:00Z")
        Instant contactOp,
        @Schema(description = "The agreed goals discussed with the gezin (R14); stay in this service",
                example = "[\"Veilige thuissituatie\"]")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 2_000) String> doelenBesproken,
        @NotNull @Valid MedewerkerRequest medewerker) {

    public record MedewerkerRequest(@Schema(example = "K. de Boer") @NotBlank @Size(max = 200) String naam) {
    }
}
