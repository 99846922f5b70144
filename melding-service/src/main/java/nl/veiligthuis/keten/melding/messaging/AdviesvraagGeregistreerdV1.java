package nl.veiligthuis.keten.melding.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.melding.adviesvraag-geregistreerd.v1}
 * (docs/events/schemas/adviesvraag-geregistreerd.v1.schema.json): no vraag, advies, names or contact.
 *
 * @param geregistreerdDoor who entered it, from the token; absent for one stored before it was recorded
 */
public record AdviesvraagGeregistreerdV1(String adviesvraagId, String vragerType, String gemeente, String regio,
                                         List<String> geweldsvormen, boolean kinderenBetrokken, Instant ontvangenOp,
                                         Actor actor,
                                         @JsonInclude(JsonInclude.Include.NON_NULL) Geregistreerd geregistreerdDoor) {
}
