package nl.veiligthuis.keten.melding.melding;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Body of {@code POST /api/v1/meldingen}. */
public record MeldingRequest(
        @NotNull @Valid MelderRequest melder,
        @NotNull @Valid GezinRequest gezin,
        @NotEmpty Set<@NotNull Geweldsvorm> geweldsvormen,
        @NotNull Boolean kinderenAanwezig,
        @NotNull Boolean acuutOnveilig,
        @NotBlank @Size(max = 10_000) String omschrijving,
        @Schema(description = "Moment of receipt (may lie before registration, never in the future); default now")
        Instant ontvangenOp) {

    public record MelderRequest(@NotNull MelderType type, @Size(max = 200) String organisatie,
                                @Size(max = 200) String contact) {
    }

    public record GezinRequest(@NotBlank @Size(max = 100) String gemeente,
                               @NotEmpty @Size(max = 30) List<@NotNull @Valid LidRequest> leden) {
    }

    public record LidRequest(@NotNull Rol rol, @NotBlank @Size(max = 200) String voornaam,
                             @NotBlank @Size(max = 200) String achternaam, @Past LocalDate geboortedatum) {
    }
}
