package nl.veiligthuis.keten.melding.terugkoppeling;

import java.util.Optional;
import nl.veiligthuis.keten.melding.melding.Moment;

/**
 * Issue 14 point 5: where the round finds the contact person for a letter, an adapter in package {@code bezorging}
 * (triage-service's {@code dataref}). Empty when none is known or none is configured; throws
 * {@link Bezorgkanaal.BezorgingMislukt} when it could not be asked, so the letter is tried again rather than sent
 * without.
 */
public interface Contactpersoonbron {

    Optional<Contactpersoon> voor(String meldingId, Moment moment);
}
