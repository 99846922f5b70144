package nl.veiligthuis.keten.wijkteam.werkvoorraad;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The worklist of a gemeente, or of one of its teams when team is set. */
public record Werkvoorraad(String gemeente, String team, List<WerkvoorraadZaak> zaken,
                           List<TerugmeldingenGezin> terugmeldingenPerGezin,
                           @Schema(description = "Issue 14 point 7: closed zaken whose nazorg runs, or whose nazorg "
                                   + "term passed without a check, the latter first")
                           List<NazorgZaak> nazorg) {
}
