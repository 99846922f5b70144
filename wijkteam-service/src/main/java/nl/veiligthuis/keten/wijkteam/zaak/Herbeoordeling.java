package nl.veiligthuis.keten.wijkteam.zaak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 9 (003: is the judgement based on the most recent information?): a child's safety judgement older
 * than {@code keten.intake.herbeoordeling} (90 days) without a new assessment or plan evaluation is out of date.
 */
@Component
public class Herbeoordeling {

    private final Clock klok;
    private final Duration termijn;

    public Herbeoordeling(Clock klok, @Value("${keten.intake.herbeoordeling:P90D}") Duration termijn) {
        this.klok = klok;
        this.termijn = termijn;
    }

    /** Whether the zaak's oldest current child oordeel, from this moment (null: none yet), is out of date now. */
    public boolean verouderd(Instant oudsteOordeelOp) {
        return oudsteOordeelOp != null && oudsteOordeelOp.isBefore(klok.instant().minus(termijn));
    }
}
