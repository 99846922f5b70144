package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** How many meldingen of a region arrived while VT was already involved with the gezin, over the period. */
public record Herhaalmeldingen(
        @Schema(example = "2025-11-23T14:00:00Z") Instant van,
        @Schema(example = "2026-11-23T14:00:00Z") Instant tot,
        @Schema(description = "meldingen ontvangen in de periode", example = "1250") int meldingen,
        @Schema(description = "waarvan herhaalmeldingen", example = "350") int herhaalmeldingen,
        @Schema(description = "aandeel herhaalmeldingen; null zonder meldingen", example = "0.28") Double aandeel,
        @Schema(description = "het landelijke aandeel ter vergelijking", example = "0.28") double landelijk) {

    /** Nationally about 28 % of meldingen are repeats (issue 3, from the sources). */
    static final double LANDELIJK = 0.28;

    static Herhaalmeldingen van(Instant van, Instant tot, int meldingen, int herhaalmeldingen) {
        return new Herhaalmeldingen(van, tot, meldingen, herhaalmeldingen,
                meldingen == 0 ? null : (double) herhaalmeldingen / meldingen, LANDELIJK);
    }
}
