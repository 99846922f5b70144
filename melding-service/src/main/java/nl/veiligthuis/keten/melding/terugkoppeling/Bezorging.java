package nl.veiligthuis.keten.melding.terugkoppeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * R6, issue 14 point 5: how the dispatch of one letter went. {@code laatsteFout} names the failure (an HTTP status or
 * the kind of error), never an address or the letter.
 */
public record Bezorging(
        @Schema(example = "BEZORGD") BezorgingStatus status,
        @Schema(example = "1") int pogingen,
        @Schema(example = "2026-11-24T10:00:05Z") Instant laatstePogingOp,
        @Schema(example = "HTTP 503", description = "Null once delivered or before the first attempt") String laatsteFout,
        @Schema(example = "2026-11-24T10:00:05Z") Instant bezorgdOp,
        @Schema(example = "2026-11-24T10:00:35Z", description = "The next attempt while WACHTEND; null otherwise")
        Instant volgendePogingOp) {
}
