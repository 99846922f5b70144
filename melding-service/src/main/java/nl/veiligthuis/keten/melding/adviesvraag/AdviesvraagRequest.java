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
        @NotBlank @Size(max = 100) String gemeente,
        @NotEmpty Set<@NotNull Geweldsvorm> geweldsvormen,
        @NotNull Boolean kinderenBetrokken,
        @NotBlank @Size(max = 10_000) String vraag,
        @Schema(description = "The advice given, if any") @Size(max = 10_000) String advies,
        @Schema(description = "Moment of receipt (may lie before registration, never in the future); default now")
        Instant ontvangenOp) {

    public record VragerRequest(
            @Schema(description = "PROFESSIONAL, BURGER or ANONIEM; POLITIE is refused")
            @NotNull @GeenPolitie MelderType type,
            @Size(max = 200) String organisatie,
            @Size(max = 200) String contact) {
    }
}
