package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** R13: the current safety per child; maatregelen are required while a child is not safe or agreements broke. */
public record EvaluatieRequest(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid KindOordeelRequest> huidigeSituatie,
        @NotNull Boolean afsprakenNagekomen,
        @Schema(example = "Wekelijks huisbezoek door de casusregisseur; vader start met een agressietraining")
        @Size(max = 10_000) String maatregelen,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
