package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** R5: the waiting lists per region at {@code op}. */
public record WachtlijstOverzicht(
        @Schema(example = "2026-11-23T14:00:00Z") Instant op,
        List<RegioWachtlijst> regios) {
}
