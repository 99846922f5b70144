package nl.veiligthuis.keten.wijkteam.zaak;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/zaken/{zaakId}/acceptatie}. */
public record AcceptatieRequest(@NotNull @Valid MedewerkerRequest medewerker) {

    public record MedewerkerRequest(@NotBlank @Size(max = 200) String naam) {
    }
}
