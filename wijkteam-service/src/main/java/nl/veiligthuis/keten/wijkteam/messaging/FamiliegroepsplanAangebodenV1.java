package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.familiegroepsplan-aangeboden.v1}
 * (docs/events/schemas/familiegroepsplan-aangeboden.v1.schema.json): the day and the answer as a code; never the
 * toelichting (D4).
 */
public record FamiliegroepsplanAangebodenV1(String zaakId, String gezinId, LocalDate aangebodenOp, String antwoord,
                                            Instant vastgelegdOp, Actor actor) {
}
