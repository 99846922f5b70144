package nl.veiligthuis.keten.wijkteam.afsluiting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One party to inform; without consent only with a reason, and only while a child is not safe (R17). */
public record InformatiedelingRequest(
        @NotNull Partij partij,
        @NotNull Boolean toestemming,
        @Schema(example = "Vader dreigt de kinderen van school te halen; school moet alert zijn.",
                description = "Only without consent: why sharing is needed for safety")
        @Size(max = 4000) String redenZonderToestemming) {

    Informatiedeling informatiedeling() {
        String reden = redenZonderToestemming == null || redenZonderToestemming.isBlank() ? null
                : redenZonderToestemming.strip();
        return new Informatiedeling(partij, toestemming, toestemming ? null : reden);
    }
}
