package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/ondersteuningsplan/beoordeling}. */
public record BeoordelingRequest(
        @Schema(example = "1", description = "The version that waits for review: always the latest")
        @NotNull @Min(1) Integer versie,
        @NotNull Beoordeling besluit,
        @Schema(example = "Maak doel 2 concreet: wanneer is de schuldhulp rond?",
                description = "Required when the plan is sent back; stays in wijkteam-service")
        @Size(max = 10_000) String opmerkingen,
        @Schema(description = "The teamleider; not the medewerker who drew the plan up (four eyes)")
        @NotNull @Valid MedewerkerRequest teamleider) {
}
