package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Response of {@code POST /api/v1/meldingen}. */
public record MeldingGeregistreerd(
        @Schema(example = "3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71") String meldingId,
        @Schema(description = "The gezin the melding joined: the chosen one, the one its BSNs recognised, or a new "
                + "one. Absent for a caller that may not know the gezin, such as a partner system (issue 13)",
                example = "c4b3a291-7e6d-4f5c-8b4a-3e2d1c0b9a87") String gezinId,
        @Schema(example = "Veilig Thuis Rotterdam Rijnmond") String regio,
        @Schema(example = "2026-11-20T14:05:00Z") Instant ontvangenOp,
        @Schema(description = "Known gezinnen that may be the same gezin, as far as the caller may know them (Veilig "
                + "Thuis of a regio with a melding about it); confirm one with "
                + "POST /api/v1/meldingen/{meldingId}/gezinskoppeling") List<MogelijkDuplicaat> mogelijkeDuplicaten) {
}
