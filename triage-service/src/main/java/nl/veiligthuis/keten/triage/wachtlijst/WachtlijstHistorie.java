package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * R5: the six measures of one region per day from {@code van} up to and including {@code tot}.
 *
 * @param zonderMutaties whether the police's mutaties huiselijk geweld were left out (002 §3.2)
 */
public record WachtlijstHistorie(
        @Schema(example = "Veilig Thuis Rotterdam Rijnmond") String regio,
        @Schema(example = "2026-11-20") LocalDate van,
        @Schema(example = "2026-11-27") LocalDate tot,
        List<HistorieDag> dagen,
        @Schema(example = "false") boolean zonderMutaties) {
}
