package nl.veiligthuis.keten.melding.adviesvraag;

import java.time.Instant;

/** Response of {@code POST /api/v1/adviesvragen}. */
public record NieuweAdviesvraag(String adviesvraagId, String regio, Instant ontvangenOp) {
}
