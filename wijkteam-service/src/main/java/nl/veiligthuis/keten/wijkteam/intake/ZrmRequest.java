package nl.veiligthuis.keten.wijkteam.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.zaak.MedewerkerRequest;

/** Body of {@code POST /api/v1/zaken/{zaakId}/gezinsleden/{lidId}/zrm}; only for an adult gezinslid. */
public record ZrmRequest(
        @NotNull ZrmMoment moment,
        @Schema(example = """
                {"FINANCIEN": 2, "WERK_EN_OPLEIDING": 3, "TIJDSBESTEDING": 3, "HUISVESTING": 4,
                 "HUISELIJKE_RELATIES": 2, "GEESTELIJKE_GEZONDHEID": 3, "LICHAMELIJKE_GEZONDHEID": 4,
                 "MIDDELENGEBRUIK": 5, "BASALE_ADL": 5, "INSTRUMENTELE_ADL": 4, "SOCIAAL_NETWERK": 2,
                 "MAATSCHAPPELIJKE_PARTICIPATIE": 3, "JUSTITIE": 5}""",
                description = "One whole score 1-5 for each of the 13 ZRM domains, over the 30 days before peildatum")
        @NotNull @Volledig(ZrmDomein.class)
        Map<ZrmDomein, @NotNull @Min(ZrmDomein.LAAGSTE_SCORE) @Max(ZrmDomein.HOOGSTE_SCORE) Integer> scores,
        @Schema(example = "2026-11-16") @NotNull @PastOrPresent LocalDate peildatum,
        @NotNull @Valid MedewerkerRequest medewerker) {
}
