package nl.veiligthuis.keten.monitoring.tijdlijn;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One entry of a gezin's timeline: what happened, when, by whom (role and organisation, never a name) and the facts
 * of the step (codes, counts, dates and pseudonymous ids from the event, as on the topic).
 */
public record TijdlijnGebeurtenis(String type, Instant tijdstip, String bron, Actor actor, String samenvatting,
                                  String eventId, String ceType, String dataref, String causationId,
                                  @Schema(description = "The facts of the step as published, without the actor; "
                                          + "absent for entries stored before facts were kept",
                                          example = "{\"uitkomst\":\"OVERDRACHT_LOKAAL_VELD\",\"binnenTermijn\":true}")
                                  JsonNode feiten) {

    public TijdlijnGebeurtenis(String type, Instant tijdstip, String bron, Actor actor, String samenvatting,
                               String eventId, String ceType, String dataref, String causationId) {
        this(type, tijdstip, bron, actor, samenvatting, eventId, ceType, dataref, causationId, null);
    }
}
