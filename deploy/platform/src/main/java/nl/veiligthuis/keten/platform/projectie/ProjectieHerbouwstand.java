package nl.veiligthuis.keten.platform.projectie;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One rebuild of a processing group from the event store, how far it got and, once KLAAR, the comparison. */
public record ProjectieHerbouwstand(
        @Schema(example = "5d0c8a3e-2f4b-4c1d-9e8f-7a6b5c4d3e2f") String herbouwId,
        @Schema(description = "The processing group", example = "zaakdossier") String projectie,
        Herbouwstatus status,
        @Schema(example = "2026-11-23T19:40:00Z") Instant gestartOp,
        @Schema(example = "2026-11-23T19:41:10Z") Instant klaarOp,
        @Schema(description = "Global index in the event store the processor has reached; null before its first event",
                example = "420000") Long gelezen,
        @Schema(description = "The event store's head (highest global index) when the herbouw started; KLAAR once "
                + "gelezen reaches it", example = "1000000") Long teLezen,
        @Schema(description = "Whether the processor is still replaying; only while LOOPT on this instance")
        Boolean replaying,
        @Schema(description = "Gezinnen in the projection before the herbouw", example = "1250") Long gezinnenVoor,
        @Schema(description = "Gezinnen in the rebuilt projection, once KLAAR", example = "1250") Long gezinnenNa,
        @Schema(description = "Once KLAAR") Herbouwvergelijking vergelijking,
        @Schema(description = "Why it failed, once MISLUKT", example = "onderbroken door herstart") String reden) {
}
