package nl.veiligthuis.keten.melding.terugkoppeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import nl.veiligthuis.keten.melding.melding.Moment;

/** One letter in the operations list of dispatches (R6): pseudonymous ids and codes only. */
public record BezorgingOverzicht(
        @Schema(example = "6c1f0e2a-9b8d-4c7e-a6f5-4e3d2c1b0a99") String bezorgingId,
        @Schema(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") String meldingId,
        @Schema(example = "NA_TRIAGE") Moment moment,
        @Schema(example = "triage-ronde-1") String aanleiding,
        @Schema(example = "2026-11-24T10:00:01Z") Instant aangemaaktOp,
        Bezorging bezorging) {
}
