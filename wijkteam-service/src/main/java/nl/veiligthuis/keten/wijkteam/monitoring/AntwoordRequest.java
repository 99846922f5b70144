package nl.veiligthuis.keten.wijkteam.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/monitoringcontacten/{contactId}/antwoord}. */
public record AntwoordRequest(
        @Schema(description = "The stand of every agreed goal (R14); at least one")
        @NotEmpty @Size(max = 50) List<@NotNull @Valid DoelRequest> doelen,
        @Schema(example = "Het gezin werkt goed mee; de spanningen thuis nemen af",
                description = "Optional; stays in wijkteam-service")
        @Size(max = 10_000) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {

    List<StandVanDoel> standen() {
        return doelen.stream().map(DoelRequest::standVanDoel).toList();
    }

    Medewerker wijkteammedewerker() {
        return medewerker.medewerker();
    }
}
