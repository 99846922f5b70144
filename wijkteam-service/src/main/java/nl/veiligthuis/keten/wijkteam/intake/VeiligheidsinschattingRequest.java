package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
        @NotNull @Valid MedewerkerRequest medewerker) {
}
