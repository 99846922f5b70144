package nl.veiligthuis.keten.wijkteam.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/contactfrequentie} (issue 14 point 6). */
public record FrequentieRequest(
        @Schema(example = "7", description = "Contact with the gezin at least every this many days while a child is "
                + "unsafe")
        @NotNull @Min(1) @Max(Contactlogboek.HOOGSTE_FREQUENTIE) Integer dagen,
        @Schema(example = "Vader is terug in huis; wekelijks huisbezoek afgesproken in het veiligheidsplan",
                description = "Optional; stays in wijkteam-service")
        @Size(max = 2_000) String reden,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
