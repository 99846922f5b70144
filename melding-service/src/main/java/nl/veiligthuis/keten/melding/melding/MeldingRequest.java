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
import nl.veiligthuis.keten.platform.web.Naam;

/** Body of {@code POST /api/v1/meldingen}. */
public record MeldingRequest(
        @NotNull @Valid MelderRequest melder,
        @NotNull @Valid GezinRequest gezin,
        @Schema(example = "[\"PARTNERGEWELD\"]") @NotEmpty Set<@NotNull Geweldsvorm> geweldsvormen,
        @Schema(example = "true") @NotNull Boolean kinderenAanwezig,
        @Schema(example = "false") @NotNull Boolean acuutOnveilig,
        @Schema(example = "Ruzie tussen ouders, kind was aanwezig") @NotBlank @Size(max = 10_000) String omschrijving,
        @Schema(description = "Moment of receipt (may lie before registration, never in the future); default now",
                example = "2026-11-20T14:05:00Z")
        Instant ontvangenOp) {

    @AlleenPolitie
    public record MelderRequest(
            @Schema(example = "POLITIE") @NotNull MelderType type,
            @Schema(example = "Politie Eenheid Rotterdam") @Size(max = 200) String organisatie,
            @Schema(description = "How the melder can be reached for terugkoppeling (R6)", example = "010-1234567")
            @Size(max = 200) String contact,
            @Schema(description = "Police only (002 §3.2): a zorgmelding or a mutatie huiselijk geweld; the waiting "
                    + "lists can be read without mutaties", example = "ZORGMELDING")
            Politiemelding politiemelding) {
    }

    public record GezinRequest(
            @Schema(description = "A known gezin the medewerker looked up; the melding joins it. Leave out to let "
                    + "the BSNs of the leden decide", example = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01")
            @BekendGezin String gezinId,
            @Schema(example = "Vlaardingen") @NotBlank @Size(max = 100) @Naam
            String gemeente,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid LidRequest> leden) {
    }

    public record LidRequest(
            @Schema(example = "OUDER") @NotNull Rol rol,
            @Schema(example = "Sanne") @NotBlank @Size(max = 200) @Naam
            String voornaam,
            @Schema(example = "Jansen") @NotBlank @Size(max = 200) @Naam
            String achternaam,
            @Schema(example = "1988-04-12") @Past LocalDate geboortedatum,
            @Schema(description = "Optional; nine digits passing the elfproef", example = "111222333")
            @Elfproef String bsn) {
    }
}
