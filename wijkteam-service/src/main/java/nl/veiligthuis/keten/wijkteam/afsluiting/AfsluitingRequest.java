package nl.veiligthuis.keten.wijkteam.afsluiting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgRequest;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/afsluiting}. */
public record AfsluitingRequest(
        @NotNull Uitkomst uitkomst,
        @Schema(example = "Gezinscoach van Enver blijft twee maanden betrokken; school signaleert.",
                description = "Required for VERVOLG_GEREGELD: which follow-up is arranged")
        @Size(max = 4000) String vervolg,
        @Schema(example = "Beide kinderen gesproken; LIRIK herhaald, oordeel veilig; afspraken drie maanden nagekomen.",
                description = "Why the family can be let go (omgekeerde bewijslast, R16)")
        @NotBlank @Size(max = 10_000) String onderbouwing,
        @Schema(description = "Huisarts, school and CJG: informed at the end only with consent (R17)")
        @NotNull List<@NotNull @Valid InformatiedelingRequest> informeren,
        @NotNull @Valid MedewerkerRequest medewerker,
        @Schema(description = "Who watches after closing and until when (issue 14 point 7); without it the "
                + "casusregisseur watches for three months")
        @Valid NazorgRequest nazorg) {
}
