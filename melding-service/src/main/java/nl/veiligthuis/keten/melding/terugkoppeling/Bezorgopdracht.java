package nl.veiligthuis.keten.melding.terugkoppeling;

import nl.veiligthuis.keten.melding.melding.Melder;
import nl.veiligthuis.keten.melding.melding.Moment;

/**
 * One letter to deliver: {@code bezorgingId} is stable over retries, so the receiving system can drop a repeat
 * (at-least-once: a crash after sending and before recording it sends once more).
 */
public record Bezorgopdracht(String bezorgingId, String meldingId, Moment moment, Melder melder, String tekst) {
}
