package nl.veiligthuis.keten.wijkteam.afsluiting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/informatiedeling}: at the start of help (R16, R17). */
public record InformatiedelingStartRequest(
        @NotEmpty List<@NotNull @Valid InformatiedelingRequest> partijen,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
