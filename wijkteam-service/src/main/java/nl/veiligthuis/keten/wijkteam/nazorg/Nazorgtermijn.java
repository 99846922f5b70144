package nl.veiligthuis.keten.wijkteam.nazorg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 7: a closing that agrees no nazorg gets the default: the casusregisseur watches for
 * {@code keten.nazorg.standaardtermijn} (3 months) from today, so no closed zaak is let go unwatched.
 */
@Component
public class Nazorgtermijn {

    private final Clock klok;
    private final Period termijn;

    public Nazorgtermijn(Clock klok, @Value("${keten.nazorg.standaardtermijn:P3M}") Period termijn) {
        this.klok = klok;
        this.termijn = termijn;
    }

    public Nazorg of(NazorgRequest gevraagd) {
        if (gevraagd != null) {
            return gevraagd.nazorg();
        }
        return new Nazorg(NazorgDoor.CASUSREGISSEUR, null,
                LocalDate.ofInstant(klok.instant(), Nazorgbewaking.NEDERLAND).plus(termijn));
    }
}
