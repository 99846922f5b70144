package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/leefgebiedenanalyse}: findings for all five life domains (R11). */
public record LeefgebiedenanalyseRequest(
        @Schema(example = """
                {"LICHAMELIJKE_EN_PSYCHISCHE_GEZONDHEID": "Moeder heeft somberheidsklachten, geen behandeling.",
                 "VEILIGHEID": "Ruzies tussen de ouders waar de kinderen bij zijn; geen fysiek geweld gemeld.",
                 "OPVOEDEN_EN_OPGROEIEN": "Ouders zijn het oneens over grenzen; de oudste spijbelt.",
                 "PARTICIPATIE_EN_INKOMEN": "Schulden bij de zorgverzekeraar; vader werkt in ploegendienst.",
                 "DAGELIJKS_FUNCTIONEREN": "Huishouden loopt; weinig steun van familie in de buurt."}""",
                description = "Free text per life domain; stays in wijkteam-service, never on a topic")
        @NotNull @Volledig(Leefgebied.class)
        Map<Leefgebied, @NotBlank @Size(max = Velden.MAX_TEKST) String> bevindingen,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
