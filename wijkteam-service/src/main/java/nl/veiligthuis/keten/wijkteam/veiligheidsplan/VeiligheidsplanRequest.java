package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** R13: a new versie of the veiligheidsplan. */
public record VeiligheidsplanRequest(
        @NotNull Dreiging ernst,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid AfspraakRequest> afspraken,
        @Schema(example = "Bij een nieuw incident meldt school direct bij Veilig Thuis en gaat moeder met de "
                + "kinderen naar oma") @NotBlank @Size(max = 10_000) String maatregelenBijOnveiligheid,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid KindOordeelRequest> startsituatie,
        @Schema(example = "2027-02-20T09:00:00Z", description = "At most three months from now; shorter when the "
                + "threat requires it") @NotNull Instant eindigtOp,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
