package nl.veiligthuis.keten.wijkteam.intake;

import java.util.List;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;

/** Body of {@code POST /api/v1/zaken/{zaakId}/gezinsleden/{lidId}/veiligheidsinschattingen}; only for a KIND. */
public record VeiligheidsinschattingRequest(
        @NotNull Veiligheidsinstrument instrument,
        @NotNull Veiligheidsoordeel oordeel,
        @Schema(example = "Geen fysiek geweld gezien of gemeld; moeder beschermt de kinderen en de school ziet "
                + "een vrolijk kind. Zorg blijft over de spanningen tussen de ouders.",
                description = "The professional's reasoning for the oordeel; stays in wijkteam-service")
        @NotBlank @Size(max = Velden.MAX_TEKST) String onderbouwing,
        @NotNull @Valid MedewerkerRequest medewerker,
        @Schema(example = "[\"6e2f4a1b-3c5d-4e6f-8a9b-0c1d2e3f4a5b\", \"9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f\"]",
                description = "The adult gezinsleden (lidIds of the intake) the assessment covers: both parents and "
                        + "the (ex-)partner (issue 14 point 9; 001: ETM/LIRIK over one parent only). A child whose "
                        + "assessment leaves out a registered parent or (ex-)partner is the signal "
                        + "INSCHATTING_NIET_OVER_ALLE_OUDERS")
        @Size(max = 20) List<@NotNull @Pattern(regexp = Velden.UUID) String> volwassenen) {
}
