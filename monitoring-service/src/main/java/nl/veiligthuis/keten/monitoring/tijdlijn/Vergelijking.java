package nl.veiligthuis.keten.monitoring.tijdlijn;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The live timeline against the rebuilt one, gezin by gezin, by {@link Inhoudsdigest}. */
public record Vergelijking(
        @Schema(description = "Gezinnen in either timeline", example = "1250") long gezinnen,
        @Schema(description = "Gezinnen whose digests are equal", example = "1249") long gelijk,
        @Schema(description = "Different, or in only one of the two: the first " + Vergelijking.MAX_GETOOND
                + " gezinIds, sorted", example = "[\"a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01\"]")
        List<String> verschillend) {

    static final int MAX_GETOOND = 100;
}
