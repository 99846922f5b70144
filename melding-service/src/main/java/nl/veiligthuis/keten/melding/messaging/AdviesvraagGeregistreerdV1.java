package nl.veiligthuis.keten.melding.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.melding.adviesvraag-geregistreerd.v1}
 * (docs/events/schemas/adviesvraag-geregistreerd.v1.schema.json): no vraag, advies, names or contact.
 */
public record AdviesvraagGeregistreerdV1(String adviesvraagId, String vragerType, String gemeente, String regio,
                                         List<String> geweldsvormen, boolean kinderenBetrokken, Instant ontvangenOp,
                                         Actor actor) {
}
