package nl.veiligthuis.keten.melding.adviesvraag;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import nl.veiligthuis.keten.melding.melding.Geweldsvorm;
import nl.veiligthuis.keten.melding.melding.MelderType;

/** Body of {@code POST /api/v1/adviesvragen}. */
public record AdviesvraagRequest(
        @NotNull @Valid VragerRequest vrager,
        @Schema(example = "Houten") @NotBlank @Size(max = 100) String gemeente,
        @NotEmpty Set<@NotNull Geweldsvorm> geweldsvormen,
        @NotNull Boolean kinderenBetrokken,
        @Schema(example = "Leerling vertelt over harde klappen thuis; moet ik melden?")
        @NotBlank @Size(max = 10_000) String vraag,
        @Schema(description = "The advice given, if any",
                example = "Gesprek met ouders voeren volgens de meldcode; bij twijfel opnieuw bellen")
        @Size(max = 10_000) String advies,
        @Schema(description = "Moment of receipt (may lie before registration, never in the future); default now",
                example = "2026-11-20T14:05:00Z")
        Instant ontvangenOp) {

    public record VragerRequest(
            @Schema(description = "PROFESSIONAL, BURGER or ANONIEM; POLITIE is refused")
            @NotNull @GeenPolitie MelderType type,
            @Schema(example = "Basisschool De Regenboog") @Size(max = 200) String organisatie,
            @Schema(example = "intern begeleider, 030-1234567") @Size(max = 200) String contact) {
    }
}
