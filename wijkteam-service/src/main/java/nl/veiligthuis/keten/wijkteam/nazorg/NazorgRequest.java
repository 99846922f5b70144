package nl.veiligthuis.keten.wijkteam.nazorg;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Issue 14 point 7: the nazorg in the body of a proposed closing; without it the casusregisseur watches 3 months. */
public record NazorgRequest(
        @NotNull NazorgDoor door,
        @Schema(example = "CJG Vlaardingen", description = "Required for ANDERE_ORGANISATIE: which organisation")
        @Size(max = 200) String organisatie,
        @Schema(example = "2027-03-31", description = "The nazorg's last day: after today, at most a year ahead")
        @NotNull @Future LocalDate tot) {

    public Nazorg nazorg() {
        return new Nazorg(door, organisatie == null || organisatie.isBlank() ? null : organisatie.strip(), tot);
    }
}
