package nl.veiligthuis.keten.monitoring.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.web.Naam;

/** Body of {@code POST /api/v1/monitoringen/{monitoringId}/contacten}. */
public record ContactRequest(
        @Schema(description = "Moment of the contact (never in the future); default now",
                example = "2027-01-20T10:00:00Z")
        Instant contactOp,
        @Schema(description = "The agreed goals discussed (R14), by their number in the rapportage's "
                + "doelenVanOndersteuning (1..N)", example = "[1, 2]")
        @NotEmpty @Size(max = 50) List<@NotNull @Positive Integer> besprokenDoelen,
        @NotNull @Valid MedewerkerRequest medewerker) {

    public record MedewerkerRequest(@Schema(example = "K. de Boer") @NotBlank @Naam @Size(max = 200) String naam) {
    }
}
