package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.nazorgcontrole-vastgelegd.v1}
 * (docs/events/schemas/nazorgcontrole-vastgelegd.v1.schema.json): the day and the beeld as a code; never the bevinding
 * (D4).
 */
public record NazorgcontroleVastgelegdV1(String zaakId, String gezinId, LocalDate op, String beeld,
                                         boolean binnenTermijn, Instant vastgelegdOp, Actor actor) {
}
