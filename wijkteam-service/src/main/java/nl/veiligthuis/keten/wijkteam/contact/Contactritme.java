package nl.veiligthuis.keten.wijkteam.contact;

import static nl.veiligthuis.keten.platform.tijd.Klok.NEDERLAND;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issue 14 point 6: while a child of a zaak in treatment is judged unsafe, the team has contact with the gezin at
 * least every agreed number of days ({@code keten.contact.standaardfrequentie}, 14 days, until the team agrees
 * another). The term runs from the latest contact that counts, or from the acceptance when there was none.
 */
@Component
public class Contactritme {


    private final Clock klok;
    private final int standaardDagen;

    public Contactritme(Clock klok, @Value("${keten.contact.standaardfrequentie:P14D}") Duration standaard) {
        this.klok = klok;
        this.standaardDagen = Math.toIntExact(standaard.toDays());
        if (standaardDagen < 1) {
            throw new IllegalArgumentException("keten.contact.standaardfrequentie is ten minste één dag");
        }
    }

    /** The frequency in force: the agreed one, or the default. */
    public int dagen(Integer afgesproken) {
        return afgesproken == null ? standaardDagen : afgesproken;
    }

    /** The last day on which the next contact is due; null before acceptance. */
    public LocalDate volgendContactUiterlijk(LocalDate laatsteContact, Instant geaccepteerdOp, Integer afgesproken) {
        if (geaccepteerdOp == null) {
            return null;
        }
        LocalDate vanaf = laatsteContact != null ? laatsteContact : LocalDate.ofInstant(geaccepteerdOp, NEDERLAND);
        return vanaf.plusDays(dagen(afgesproken));
    }

    /** Whether the zaak is in treatment with an unsafe child, and its contact is overdue today. */
    public boolean achterstallig(ZaakStatus status, int onveiligeKinderen, LocalDate laatsteContact,
                                 Instant geaccepteerdOp, Integer afgesproken) {
        if (status != ZaakStatus.IN_BEHANDELING || onveiligeKinderen == 0) {
            return false;
        }
        LocalDate uiterlijk = volgendContactUiterlijk(laatsteContact, geaccepteerdOp, afgesproken);
        return uiterlijk != null && LocalDate.ofInstant(klok.instant(), NEDERLAND).isAfter(uiterlijk);
    }
}
