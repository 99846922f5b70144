package nl.veiligthuis.keten.triage.triage;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import org.axonframework.serialization.Revision;

/**
 * R9: the wijkteam returned the zaak; the case is back on VT's worklist for a new decision.
 * {@code aantalTerugmeldingen} counts the returns of this melding, including this one.
 *
 * @param uiterlijkAfgerondOp R1 for the new decision: the last working day of a fresh term from the return (issue 14
 *                            point 2); absent in returns stored before, which the aggregate works out the same way
 */
@Revision("1")
public record ZaakTeruggemeldOntvangen(String meldingId, String gezinId, String zaakId, String overdrachtId,
                                       String route, String reden, Instant teruggemeldOp, Instant ontvangenOp,
                                       int aantalTerugmeldingen, LocalDate uiterlijkAfgerondOp) {

    public ZaakTeruggemeldOntvangen(String meldingId, String gezinId, String zaakId, String overdrachtId, String route,
                                    String reden, Instant teruggemeldOp, Instant ontvangenOp,
                                    int aantalTerugmeldingen) {
        this(meldingId, gezinId, zaakId, overdrachtId, route, reden, teruggemeldOp, ontvangenOp, aantalTerugmeldingen,
                Werkdagen.triagetermijn(teruggemeldOp));
    }

    /** The new decision's last day, also for a return stored before it was recorded. */
    public LocalDate nieuweTermijn() {
        return uiterlijkAfgerondOp != null ? uiterlijkAfgerondOp : Werkdagen.triagetermijn(teruggemeldOp);
    }
}
