package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.monitoringcontact-beantwoord.v1}
 * (docs/events/schemas/monitoringcontact-beantwoord.v1.schema.json): the number of goals per stand code, never the
 * goals, the toelichting or the medewerker (D4).
 */
public record MonitoringcontactBeantwoordV1(String zaakId, String gezinId, String monitoringId, String contactId,
                                            int aantalDoelen, Map<String, Integer> standen, Instant beantwoordOp,
                                            Actor actor) {
}
