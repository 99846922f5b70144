package nl.veiligthuis.keten.melding.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.melding.melding-ontvangen.v1}
 * (docs/events/schemas/melding-ontvangen.v1.schema.json).
 *
 * @param geregistreerdDoor who entered it, from the token; absent for a melding stored before it was recorded
 * @param politiemelding    a police melding's kind (ZORGMELDING, MUTATIE_HUISELIJK_GEWELD); absent when not said
 */
public record MeldingOntvangenV1(String meldingId, String gezinId, String melderType, String gemeente, String regio,
                                 List<Lid> leden, List<String> geweldsvormen, boolean kinderenAanwezig,
                                 boolean acuutOnveilig, Instant ontvangenOp, Actor actor,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Geregistreerd geregistreerdDoor,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String politiemelding) {

    public record Lid(String persoonId, String rol) {
    }
}
