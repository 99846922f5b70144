package nl.veiligthuis.keten.wijkteam.verhuizing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/verhuizing} (issue 14 point 10). */
public record VerhuizingRequest(
        @Schema(example = "Schiedam", description = "The gemeente whose wijkteam takes the zaak over; the gemeente "
                + "itself for a move to another team")
        @NotBlank @Size(max = 100) String naarGemeente,
        @Schema(example = "Centrum", description = "Optional: the team asked to take it over; the receiving wijkteam "
                + "decides")
        @Size(max = 100) String naarTeam,
        @Schema(example = "2027-01-15", description = "The day the gezin moves or moved")
        @NotNull LocalDate verhuisdOp,
        @Schema(example = "GEGEVEN", description = "R17: with the gezin's consent, or without it for safety")
        @NotNull Toestemming toestemming,
        @Schema(example = "Vader dreigt met geweld; de school en de huisarts moeten het weten",
                description = "Required without consent: the safety reason; stays in wijkteam-service")
        @Size(max = 2_000) String redenZonderToestemming,
        @Schema(example = "Moeder verhuist met de kinderen naar haar zus; de afspraken uit het veiligheidsplan lopen "
                + "door", description = "Optional; stays in wijkteam-service, never on a topic")
        @Size(max = 10_000) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
