package nl.veiligthuis.keten.monitoring.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.monitoring.aanvulling-toegevoegd.v1}
 * (docs/events/schemas/aanvulling-toegevoegd.v1.schema.json): that, and about what, a correction or own statement was
 * added to the gezin's file; never its text (D4).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AanvullingToegevoegdV1(String aanvullingId, String gezinId, String soort, String persoonId,
                                     Betreft betreft, Instant toegevoegdOp, Actor actor) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Betreft(String object, String gegeven) {
    }
}
