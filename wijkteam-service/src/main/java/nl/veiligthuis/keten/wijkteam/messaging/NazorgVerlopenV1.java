package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.nazorg-verlopen.v1}
 * (docs/events/schemas/nazorg-verlopen.v1.schema.json).
 */
public record NazorgVerlopenV1(String zaakId, String gezinId, String door, LocalDate tot, Instant verlopenOp,
                               Actor actor) {
}
