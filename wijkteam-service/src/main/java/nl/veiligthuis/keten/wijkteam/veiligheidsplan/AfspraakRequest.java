package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** R13: all four parts of an agreement are required. */
public record AfspraakRequest(
        @Schema(example = "Vader verblijft tot de evaluatie niet in de woning") @NotBlank @Size(max = 2000)
        String omschrijving,
        @Schema(example = "Vader") @NotBlank @Size(max = 200) String verantwoordelijke,
        @Schema(example = "Casusregisseur") @NotBlank @Size(max = 200) String rapporteertAan,
        @Schema(example = "Elke maandag telefonisch") @NotBlank @Size(max = 200) String rapportagemoment) {

    Afspraak afspraak() {
        return new Afspraak(omschrijving.strip(), verantwoordelijke.strip(), rapporteertAan.strip(),
                rapportagemoment.strip());
    }
}
