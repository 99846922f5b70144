package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/**
 * Body of {@code POST /api/v1/zaken/{zaakId}/gezinsleden/{lidId}/gesprekken}. Not spoken with needs a
 * redenNietGesproken (ANDERS also a toelichting); spoken with has none (R11, 409 otherwise).
 */
public record GesprekRequest(
        @NotNull Boolean gesproken,
        @Schema(example = "2026-11-16", description = "The day of the conversation, or of the attempt")
        @NotNull @PastOrPresent LocalDate gevoerdOp,
        RedenNietGesproken redenNietGesproken,
        @Schema(example = "Vader woont in het buitenland; twee keer gebeld en gemaild zonder reactie.",
                description = "Required with reden ANDERS; stays in wijkteam-service, never on a topic")
        @Size(max = Velden.MAX_TEKST) String toelichting,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
