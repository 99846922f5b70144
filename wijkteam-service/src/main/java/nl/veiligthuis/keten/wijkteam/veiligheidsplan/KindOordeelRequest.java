package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;

/** The professional's judgement of one child's safety, with the reasoning. */
public record KindOordeelRequest(
        @Schema(example = "3f2b8c1e-6d4a-4b7e-9c1f-2a3b4c5d6e7f", description = "The gezinslid from the intake")
        @NotBlank @Size(max = 36) String lidId,
        @NotNull Veiligheidsoordeel oordeel,
        @Schema(example = "Was getuige van geweld tussen de ouders; slaapt slecht") @NotBlank @Size(max = 4000)
        String toelichting) {

    KindOordeel kindOordeel() {
        return new KindOordeel(lidId.strip(), oordeel, toelichting.strip());
    }
}
