package nl.veiligthuis.keten.wijkteam.stuurinformatie;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import nl.veiligthuis.keten.wijkteam.intake.Veiligheidsinstrument;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;

/**
 * The figures over a set of open zaken (a team's, a casusregisseur's, or all of the gemeente's). signalen and
 * instrumenten count per code; a code that does not occur is left out.
 */
public record Cijfers(
        @Schema(description = "Open zaken: handed over, or in treatment") int openZaken,
        @Schema(description = "Handed over and not accepted yet") int wachtOpAcceptatie,
        @Schema(description = "In treatment without casusregisseur (R10)") int zonderRegisseur,
        @Schema(description = "Per signal code the number of open zaken that carry it") Map<Signaal, Integer> signalen,
        Termijnen termijnen,
        @Schema(description = "Per instrument the number of veiligheidsinschattingen recorded in these zaken (R11)")
        Map<Veiligheidsinstrument, Integer> instrumenten) {

    /** R12, R13: the terms of these zaken, kept on time or not. */
    public record Termijnen(
            @Schema(description = "Procesbesprekingen held within six weeks (R12)") int procesbesprekingOpTijd,
            @Schema(description = "Procesbesprekingen held after their term") int procesbesprekingTeLaat,
            @Schema(description = "Procesbesprekingen whose term passed and that were not held yet")
            int procesbesprekingVerstreken,
            @Schema(description = "Veiligheidsplan evaluations held on their moment (R13)") int evaluatiesOpTijd,
            @Schema(description = "Veiligheidsplan evaluations held after their moment") int evaluatiesTeLaat,
            @Schema(description = "Evaluation moments recorded as missed") int evaluatiesGemist) {

        static final Termijnen GEEN = new Termijnen(0, 0, 0, 0, 0, 0);

        Termijnen plus(Termijnen ander) {
            return new Termijnen(procesbesprekingOpTijd + ander.procesbesprekingOpTijd,
                    procesbesprekingTeLaat + ander.procesbesprekingTeLaat,
                    procesbesprekingVerstreken + ander.procesbesprekingVerstreken,
                    evaluatiesOpTijd + ander.evaluatiesOpTijd, evaluatiesTeLaat + ander.evaluatiesTeLaat,
                    evaluatiesGemist + ander.evaluatiesGemist);
        }
    }
}
