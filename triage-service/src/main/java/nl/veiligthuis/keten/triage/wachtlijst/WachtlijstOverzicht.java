package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * R5: the waiting lists per region at {@code op}.
 *
 * @param zonderMutaties whether the police's mutaties huiselijk geweld were left out (002 §3.2)
 */
public record WachtlijstOverzicht(
        @Schema(example = "2026-11-23T14:00:00Z") Instant op,
        List<RegioWachtlijst> regios,
        @Schema(example = "false") boolean zonderMutaties) {

    public WachtlijstOverzicht(Instant op, List<RegioWachtlijst> regios) {
        this(op, regios, false);
    }
}
