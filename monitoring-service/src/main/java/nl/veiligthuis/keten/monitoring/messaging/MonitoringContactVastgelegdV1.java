package nl.veiligthuis.keten.monitoring.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.monitoring.monitoring-contact-vastgelegd.v1}: counts and goal numbers, never
 * the goals. contactId was added later (optional in the schema, always sent): the wijkteam answers the contact by it
 * (R14). besprokenDoelen, alleDoelenBesproken and aantalAfgesprokenDoelen were added later too (R14): absent for a
 * contact recorded before the goals were numbered, and the last two when the number of agreed goals is unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonitoringContactVastgelegdV1(String monitoringId, String gezinId, String contactId, Instant contactOp,
                                            int aantalDoelenBesproken, List<Integer> besprokenDoelen,
                                            Boolean alleDoelenBesproken, Integer aantalAfgesprokenDoelen,
                                            Actor actor) {
}
