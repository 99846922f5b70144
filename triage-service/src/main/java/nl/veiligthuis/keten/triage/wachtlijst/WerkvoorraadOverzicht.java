package nl.veiligthuis.keten.triage.wachtlijst;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** VT's worklist of one region: acuut first, then by the end of the current term. */
public record WerkvoorraadOverzicht(
        @Schema(example = "Veilig Thuis Rotterdam Rijnmond") String regio,
        @Schema(example = "2026-11-23T14:00:00Z") Instant op,
        @Schema(example = "1") int aantal,
        List<WerkvoorraadZaak> zaken) {
}
