package nl.veiligthuis.keten.wijkteam.zaak;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/zaken/{zaakId}/acceptatie}. */
public record AcceptatieRequest(@NotNull @Valid MedewerkerRequest medewerker) {
}
