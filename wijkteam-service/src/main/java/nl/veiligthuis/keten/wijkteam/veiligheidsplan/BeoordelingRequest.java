package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Quality control: opmerkingen are required when the plan is sent back. */
public record BeoordelingRequest(
        @Schema(example = "1") @NotNull @Positive Integer versie,
        @NotNull Beoordeling besluit,
        @Schema(example = "Maak concreet wanneer de school rapporteert aan de casusregisseur") @Size(max = 4000)
        String opmerkingen,
        @NotNull @Valid MedewerkerRequest teamleider) {
}
