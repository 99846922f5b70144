package nl.veiligthuis.keten.wijkteam.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One agreed goal in an answer to VT monitoring. */
public record DoelRequest(
        @Schema(example = "Vader volgt de agressieregulatietraining",
                description = "The goal as agreed in VT's rapportage or the plan; stays in wijkteam-service")
        @NotBlank @Size(max = 2_000) String doel,
        @NotNull Doelstand stand,
        @Schema(example = "Vier van de acht bijeenkomsten gevolgd", description = "Optional; stays in wijkteam-service")
        @Size(max = 2_000) String toelichting) {

    StandVanDoel standVanDoel() {
        return new StandVanDoel(doel.strip(), stand,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip());
    }
}
