package nl.veiligthuis.keten.wijkteam.gezinsregie;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/overdrachten/{overdrachtId}/afsplitsing}. */
public record AfsplitsingRequest(
        @Schema(description = "ANDER_HUISHOUDEN: another household of the gezin, with a plan of its own; "
                + "ANDERE_GEMEENTE: the gezin moved; ANDERS: the toelichting says why")
        @NotNull RedenAfsplitsing reden,
        @Schema(description = "Why this handover gets a zaak of its own; stays in wijkteam-service, never on a topic")
        @NotBlank @Size(max = 10_000) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
