package nl.veiligthuis.keten.wijkteam.nazorg;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Issue 14 point 7: the nazorg in the body of a proposed closing; without it, the casusregisseur (or the wijkteam)
 * watches for 3 months from the approval.
 */
public record NazorgRequest(
        @NotNull NazorgDoor door,
        @Schema(example = "CJG Vlaardingen", description = "Required for ANDERE_ORGANISATIE: which organisation")
        @Size(max = 200) String organisatie,
        @Schema(example = "2027-03-31", description = "The nazorg's last day: after today, at most a year ahead")
        @NotNull @Future LocalDate tot) {

    /** The organisation is kept for ANDERE_ORGANISATIE only: for the others it names nobody and is dropped. */
    public Nazorg nazorg() {
        boolean andere = door == NazorgDoor.ANDERE_ORGANISATIE && organisatie != null && !organisatie.isBlank();
        return new Nazorg(door, andere ? organisatie.strip() : null, tot);
    }
}
