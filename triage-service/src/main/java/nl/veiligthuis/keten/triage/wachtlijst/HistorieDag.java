package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** R5: the measures of one region as they were at the end of one Dutch day. */
public record HistorieDag(
        @Schema(example = "2026-11-27") LocalDate dag,
        @Schema(description = "het laatste moment van die dag in Nederland, of nu voor vandaag",
                example = "2026-11-27T22:59:59.999999Z") Instant op,
        Maatstaven maatstaven) {
}
