package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A network norm over a period: of the {@code aantal} cases judged in it, {@code binnenTermijn} made the term.
 * {@code aandeel} and {@code normGehaald} are null when nothing was judged.
 */
public record Norm(
        @Schema(description = "het normaandeel", example = "0.9") double norm,
        @Schema(description = "begin van de periode (exclusief)", example = "2025-11-23T13:00:00Z") Instant van,
        @Schema(description = "einde van de periode (inclusief)", example = "2026-11-23T13:00:00Z") Instant tot,
        @Schema(description = "beoordeelde zaken: afgerond in de periode, of open terwijl de termijn in de periode "
                + "verstreek", example = "412") int aantal,
        @Schema(description = "waarvan afgerond binnen de termijn", example = "378") int binnenTermijn,
        @Schema(description = "binnenTermijn / aantal", example = "0.9175") Double aandeel,
        @Schema(description = "aandeel >= norm", example = "true") Boolean normGehaald) {

    static Norm van(double norm, Instant van, Instant tot, int aantal, int binnenTermijn) {
        Double aandeel = aantal == 0 ? null : (double) binnenTermijn / aantal;
        return new Norm(norm, van, tot, aantal, binnenTermijn, aandeel, aandeel == null ? null : aandeel >= norm);
    }
}
