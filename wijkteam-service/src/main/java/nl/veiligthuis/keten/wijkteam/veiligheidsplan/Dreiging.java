package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How severe the threat to the direct safety of the children is (R13): it sets the evaluation interval in calendar
 * days, counted in Europe/Amsterdam so a change to or from summer time does not move the hour.
 */
public enum Dreiging {
    ACUUT(7),
    HOOG(14),
    MATIG(28);

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final int evaluatieIntervalDagen;

    Dreiging(int evaluatieIntervalDagen) {
        this.evaluatieIntervalDagen = evaluatieIntervalDagen;
    }

    public int evaluatieIntervalDagen() {
        return evaluatieIntervalDagen;
    }

    /** The next evaluation moment after {@code vanaf}, never later than the end of the plan. */
    Instant volgendeEvaluatie(Instant vanaf, Instant eindigtOp) {
        Instant volgende = vanaf.atZone(NEDERLAND).plusDays(evaluatieIntervalDagen).toInstant();
        return volgende.isAfter(eindigtOp) ? eindigtOp : volgende;
    }
}
