package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Response of {@code POST /api/v1/meldingen/{meldingId}/gezinskoppeling/afwijzing}. */
public record DuplicaatAfwijzing(
        @Schema(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") String meldingId,
        @Schema(example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01") String gezinId,
        @Schema(example = "2026-11-23T09:30:00Z") Instant afgewezenOp) {

    static DuplicaatAfwijzing van(MogelijkDuplicaatAfgewezen event) {
        return new DuplicaatAfwijzing(event.meldingId(), event.gezinId(), event.afgewezenOp());
    }
}
