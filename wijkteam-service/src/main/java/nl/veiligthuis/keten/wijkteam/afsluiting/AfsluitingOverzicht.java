package nl.veiligthuis.keten.wijkteam.afsluiting;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;

/**
 * The closing of a zaak as the team and an inspector read it: every proposal with its review (newest last), the
 * closing itself, and every informatiedeling at start and end with consent or the reason without it (R16, R17).
 */
public record AfsluitingOverzicht(String zaakId, List<Voorstel> voorstellen, Instant afgeslotenOp,
                                  List<Deling> informatiedeling) {

    public record Voorstel(Uitkomst uitkomst, String vervolg, String onderbouwing, String voorgesteldDoor,
                           Instant voorgesteldOp, Beoordeling besluit, String opmerkingen, String teamleider,
                           Instant beoordeeldOp,
                           @io.swagger.v3.oas.annotations.media.Schema(description = "The nazorg proposed (issue 14 "
                                   + "point 7); null: none proposed, the default is set at approval")
                           nl.veiligthuis.keten.wijkteam.nazorg.Nazorg nazorg) {
    }

    public record Deling(Moment moment, Partij partij, boolean toestemming, String redenZonderToestemming,
                         boolean geinformeerd, Instant op) {
    }
}
