package nl.veiligthuis.keten.wijkteam.opschaling;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.platform.web.Naam;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;

/** Body of {@code POST /api/v1/zaken/{zaakId}/opschalingen/{opschalingId}/besluit}. */
public record BesluitRequest(
        @NotNull Besluit besluit,
        @Schema(example = "De tafel vraagt de Raad om een onderzoek; tot dan blijft de regie bij het wijkteam.")
        @NotBlank @Size(max = 4000) String toelichting,
        @Schema(description = "Required when the regie is transferred (REGIE_OVERGEDRAGEN); absent otherwise")
        @Valid NieuweRegisseurRequest nieuweRegisseur) {

    public record NieuweRegisseurRequest(
            @Schema(example = "Sanne Bakker") @NotBlank @Naam @Size(max = 200) String naam,
            @Schema(example = "010-5556677") @NotBlank @Size(max = 50) String telefoon,
            @Schema(example = "Jeugdbescherming west") @NotBlank @Size(max = 200) String organisatie) {

        Regisseur regisseur() {
            return new Regisseur(naam.strip(), telefoon.strip(), organisatie.strip());
        }
    }
}
