package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/genoemde-gezinsleden/{persoonId}/koppeling}. */
public record KoppelingRequest(
        @Schema(example = "0b8f6c2e-5d4a-4b3c-9e1f-7a6b5c4d3e2f",
                description = "The gezinslid of the zaak this person is; a child Veilig Thuis named is a KIND")
        @NotBlank @Size(max = 36) String lidId,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
