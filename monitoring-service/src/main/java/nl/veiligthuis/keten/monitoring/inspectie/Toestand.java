package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.List;

/**
 * A gezin's derived state exactly as the chain knew it at {@code bekendOp} (issue 5 point 2, R19): who held zicht op
 * veiligheid and the regie, which terms ran, which plans were in force. Each part names the entry it rests on.
 */
public record Toestand(String gezinId, Instant bekendOp, String regio, String gemeente,
                       ZichtOpVeiligheid zichtOpVeiligheid, List<Regie> regie, List<Termijn> lopendeTermijnen,
                       List<Plan> plannenInWerking) {

    /** houder: VEILIG_THUIS, WIJKTEAM or NIEMAND (R2, R9, R16). */
    public record ZichtOpVeiligheid(String houder, String organisatie, Instant sinds, String grond, Bewijs bewijs) {
    }

    /** One zaak of the gezin: its status and casusregisseur (R10). */
    public record Regie(String zaakId, String gemeente, String status, String casusregisseur, Instant sinds,
                        int wissels, List<Bewijs> bewijs) {
    }

    /** A term that ran at the moment: uiterlijk is a date or a moment, as its producer set it. */
    public record Termijn(String soort, String regel, String betreft, Instant sinds, String uiterlijk,
                          boolean verstreken, Bewijs bewijs) {
    }

    public record Plan(String soort, String zaakId, int versie, Instant sinds, Instant eindigtOp, String beoordeling,
                       Bewijs bewijs) {
    }
}
