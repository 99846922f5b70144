package nl.veiligthuis.keten.monitoring.tijdlijn;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import nl.veiligthuis.keten.platform.projectie.Herbouwstatus;

/**
 * One rebuild of the timeline from Kafka and how far it got (issue 5 point 3). Its status is the platform's
 * {@link Herbouwstatus}, as for a projection herbouw; on the wire v1 says {@code LOPEND} where the platform says
 * {@code LOOPT}, as it did before the two were made one (issue 12 point 3), so the published contract holds.
 */
public record TijdlijnHerbouwstand(
        @Schema(example = "5d0c8a3e-2f4b-4c1d-9e8f-7a6b5c4d3e2f") String herbouwId,
        @Schema(allowableValues = {"LOPEND", "KLAAR", "MISLUKT"}, example = "LOPEND") String status,
        @Schema(description = "Offsets read so far over all partitions", example = "420000") long gelezen,
        @Schema(description = "Offsets to read: from each partition's start to its end when the herbouw started; "
                + "null until known", example = "1000000") Long teLezen,
        @Schema(example = "2026-11-23T19:40:00Z") Instant gestartOp,
        @Schema(example = "2026-11-23T19:45:00Z") Instant klaarOp,
        @Schema(description = "Records skipped because they are not valid CloudEvents", example = "0") long ongeldig,
        @Schema(description = "Once KLAAR") Vergelijking vergelijking,
        @Schema(description = "Why it failed, once MISLUKT", example = "gestopt") String reden) {

    private static final String LOOPT_IN_V1 = "LOPEND";

    static TijdlijnHerbouwstand van(String herbouwId, Herbouwstatus status, long gelezen, Long teLezen,
                                    Instant gestartOp, Instant klaarOp, long ongeldig, Vergelijking vergelijking,
                                    String reden) {
        return new TijdlijnHerbouwstand(herbouwId, status == Herbouwstatus.LOOPT ? LOOPT_IN_V1 : status.name(),
                gelezen, teLezen, gestartOp, klaarOp, ongeldig, vergelijking, reden);
    }

    @JsonIgnore
    public Herbouwstatus herbouwstatus() {
        return LOOPT_IN_V1.equals(status) ? Herbouwstatus.LOOPT : Herbouwstatus.valueOf(status);
    }
}
