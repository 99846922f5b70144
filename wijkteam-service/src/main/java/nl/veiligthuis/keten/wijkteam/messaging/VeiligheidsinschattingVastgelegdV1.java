package nl.veiligthuis.keten.wijkteam.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsinschatting-vastgelegd.v1}
 * (docs/events/schemas/veiligheidsinschatting-vastgelegd.v1.schema.json): instrument and oordeel as codes, never
 * the onderbouwing (D4). volwassenen (issue 14 point 9, added after v1's publication): the adult gezinsleden it
 * covers; absent for an assessment stored before.
 */
public record VeiligheidsinschattingVastgelegdV1(String zaakId, String gezinId, String lidId, String instrument,
                                                 String oordeel, Instant vastgelegdOp, Actor actor,
                                                 @JsonInclude(JsonInclude.Include.NON_NULL) List<String> volwassenen) {

    public VeiligheidsinschattingVastgelegdV1(String zaakId, String gezinId, String lidId, String instrument,
                                              String oordeel, Instant vastgelegdOp, Actor actor) {
        this(zaakId, gezinId, lidId, instrument, oordeel, vastgelegdOp, actor, null);
    }
}
