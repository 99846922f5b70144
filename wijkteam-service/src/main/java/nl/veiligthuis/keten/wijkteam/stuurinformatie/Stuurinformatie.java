package nl.veiligthuis.keten.wijkteam.stuurinformatie;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Issue 14 point 14: a gemeente's (or one team's) open zaken in figures, in total, per team and per casusregisseur.
 * team null in {@code teams}: the handovers no team accepted yet.
 */
public record Stuurinformatie(String gemeente, String team, Instant peilmoment, Cijfers totaal, List<PerTeam> teams,
                              List<PerCasusregisseur> casusregisseurs) {

    public record PerTeam(String team, Cijfers cijfers) {
    }

    public record PerCasusregisseur(
            @Schema(description = "The casusregisseur's name, as the regie records it (R10)") String casusregisseur,
            Cijfers cijfers) {
    }
}
