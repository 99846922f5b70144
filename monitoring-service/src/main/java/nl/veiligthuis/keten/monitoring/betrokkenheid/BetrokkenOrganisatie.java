package nl.veiligthuis.keten.monitoring.betrokkenheid;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One organisation's involvement as shown to those entitled (R18): who and since when, never any content. */
public record BetrokkenOrganisatie(
        @Schema(example = "Basisschool De Regenboog") String organisatie,
        @Schema(description = "Role of the organisation: VEILIG_THUIS, WIJKTEAM, a tafel, or the role in the "
                + "registering token", example = "SCHOOL") String rol,
        Grond grond,
        @Schema(description = "Code of a registration; empty for involvement derived from the chain") Reden reden,
        @Schema(description = "Pseudonymous id of the child it concerns; empty for the whole gezin",
                example = "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b") String persoonId,
        Instant sinds,
        @Schema(description = "When the involvement ended; empty while it lasts") Instant beeindigdOp,
        @Schema(description = "Id of the caller's own registration, to end it; empty for any other row",
                example = "0b8f6e3c-2d4a-3b5c-9e1f-7a6b5c4d3e2f") String betrokkenheidId) {
}
