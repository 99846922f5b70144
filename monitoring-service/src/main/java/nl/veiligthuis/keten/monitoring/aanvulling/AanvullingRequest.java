package nl.veiligthuis.keten.monitoring.aanvulling;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.platform.web.Pseudoniem;

/** Body of an aanvulling: a correction must say what it corrects; an own statement names whose it is. */
@Compleet
public record AanvullingRequest(
        @Schema(example = "EIGEN_VERKLARING") @NotNull Soort soort,
        @Schema(description = "de persoon (pseudoniem) wiens verklaring het is of wiens gegeven het corrigeert",
                example = "0d7f5c1a-2b3c-4d5e-8f90-1a2b3c4d5e6f")
        @Pattern(regexp = Pseudoniem.VORM, message = "moet een persoonId (UUID) zijn") String persoonId,
        @Valid Betreft betreft,
        @Schema(description = "de correctie of de verklaring, in de woorden van wie haar geeft",
                example = "Ik was die avond niet thuis; de buurvrouw kan dat bevestigen.")
        @NotBlank @Size(max = 4000) String tekst) {
}
