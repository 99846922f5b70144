package nl.veiligthuis.keten.triage.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/triages/{meldingId}/besluit} (R3). */
public record BesluitRequest(@NotNull Uitkomst uitkomst, @NotNull @Valid TriagistRequest triagist,
                             @Size(max = 50) String ernst, @NotBlank @Size(max = 10_000) String onderbouwing,
                             @Size(max = 10_000) String advies) {

    public record TriagistRequest(@NotBlank @Size(max = 200) String naam, @NotBlank @Size(max = 50) String telefoon) {
    }
}
