package nl.veiligthuis.keten.melding.terugkoppeling;

import nl.veiligthuis.keten.melding.melding.Melder;
import nl.veiligthuis.keten.melding.melding.Moment;

/**
 * One letter to deliver: {@code bezorgingId} is stable over retries, so the receiving system can drop a repeat
 * (at-least-once: a crash after sending and before recording it sends once more). {@code contactpersoon}: whom a
 * professional or police melder can call at Veilig Thuis (issue 14 point 5), or null; the text names them too.
 */
public record Bezorgopdracht(String bezorgingId, String meldingId, Moment moment, Melder melder, String tekst,
                             Contactpersoon contactpersoon) {

    /** Without a contact person (issue 14 point 5: a citizen, or none known). */
    public Bezorgopdracht(String bezorgingId, String meldingId, Moment moment, Melder melder, String tekst) {
        this(bezorgingId, meldingId, moment, melder, tekst, null);
    }
}
