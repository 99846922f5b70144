package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of the confirmation and the rejection of an offered gezin. */
public record GezinskoppelingRequest(
        @Schema(description = "One of the melding's mogelijkeDuplicaten", example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01")
        @NotBlank String gezinId) {
}
