package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.time.Instant;

/** One entry of a gezin's timeline: what happened, when, by whom (role and organisation, never a name). */
public record TijdlijnGebeurtenis(String type, Instant tijdstip, String bron, Actor actor, String samenvatting,
                                  String eventId, String ceType, String dataref, String causationId) {
}
