package nl.veiligthuis.keten.melding.terugkoppeling;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Response of {@code GET /api/v1/meldingen/{meldingId}/terugkoppelingen}: at most one per moment and decision, oldest
 * first.
 */
public record Terugkoppelingen(
        @Schema(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") String meldingId,
        List<Terugkoppeling> terugkoppelingen) {
}
