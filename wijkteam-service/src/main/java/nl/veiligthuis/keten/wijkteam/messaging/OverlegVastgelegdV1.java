package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.overleg-vastgelegd.v1}
 * (docs/events/schemas/overleg-vastgelegd.v1.schema.json): per task who and by when; never the conclusie or a task in
 * words (D4).
 */
public record OverlegVastgelegdV1(String zaakId, String gezinId, String overlegId, String soort, LocalDate op,
                                  List<String> deelnemers, List<TaakV1> taken, Instant vastgelegdOp, Actor actor) {

    public record TaakV1(String door, LocalDate uiterlijk) {
    }
}
