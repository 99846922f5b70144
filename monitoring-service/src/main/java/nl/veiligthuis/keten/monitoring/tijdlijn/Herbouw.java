package nl.veiligthuis.keten.monitoring.tijdlijn;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One rebuild of the timeline from Kafka and how far it got (issue 5 point 3). */
public record Herbouw(
        @Schema(example = "5d0c8a3e-2f4b-4c1d-9e8f-7a6b5c4d3e2f") String herbouwId,
        Herbouwstatus status,
        @Schema(description = "Offsets read so far over all partitions", example = "420000") long gelezen,
        @Schema(description = "Offsets to read: from each partition's start to its end when the herbouw started; "
                + "null until known", example = "1000000") Long teLezen,
        @Schema(example = "2026-11-23T19:40:00Z") Instant gestartOp,
        @Schema(example = "2026-11-23T19:45:00Z") Instant klaarOp,
        @Schema(description = "Records skipped because they are not valid CloudEvents", example = "0") long ongeldig,
        @Schema(description = "Once KLAAR") Vergelijking vergelijking,
        @Schema(description = "Why it failed, once MISLUKT", example = "gestopt") String reden) {
}
