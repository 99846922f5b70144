package nl.veiligthuis.keten.wijkteam.afsluiting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/afsluiting/beoordeling}. */
public record BeoordelingRequest(
        @NotNull Beoordeling besluit,
        @Schema(example = "Spreek eerst de oudste zoon nog een keer; zijn oordeel ontbreekt.",
                description = "Required when the teamleider sends the closing back")
        @Size(max = 10_000) String opmerkingen,
        @Schema(description = "The teamleider who reviews; not the medewerker who proposed the closing")
        @NotNull @Valid MedewerkerRequest teamleider) {
}
