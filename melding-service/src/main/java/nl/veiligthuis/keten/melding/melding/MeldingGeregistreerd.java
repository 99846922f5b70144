package nl.veiligthuis.keten.melding.melding;

import java.time.Instant;

/** Response of {@code POST /api/v1/meldingen}. */
public record MeldingGeregistreerd(String meldingId, String gezinId, String regio, Instant ontvangenOp) {
}
