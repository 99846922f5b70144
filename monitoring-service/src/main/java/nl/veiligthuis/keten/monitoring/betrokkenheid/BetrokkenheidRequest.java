package nl.veiligthuis.keten.monitoring.betrokkenheid;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/betrokkenheden}. The organisation is the caller's, from the token, never from the
 * body; pseudonymous ids and a code only (D4).
 */
public record BetrokkenheidRequest(
        @Schema(description = "Pseudonymous id of the gezin", example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01")
        @NotBlank @Size(max = 64) @Pattern(regexp = ID, message = "alleen letters, cijfers en '-'") String gezinId,
        @Schema(description = "Pseudonymous id of the child, as in melding-ontvangen leden[].persoonId; empty for "
                + "the whole gezin", example = "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b")
        @Size(max = 64) @Pattern(regexp = ID, message = "alleen letters, cijfers en '-'") String persoonId,
        @NotNull Reden reden) {

    static final String ID = "^[A-Za-z0-9-]+$";
}
