package nl.veiligthuis.keten.wijkteam.gezinsregie;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/overdrachten/{overdrachtId}/acceptatie}. */
public record GevoegdeAcceptatieRequest(@NotNull @Valid MedewerkerRequest medewerker) {
}
