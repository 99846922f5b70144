package nl.veiligthuis.keten.melding.messaging;

import java.time.Instant;
import java.util.List;

/** Payload of {@code nl.veilig-thuis.keten.melding.melding-ontvangen.v1} (docs/events/schemas/melding-ontvangen.v1.schema.json). */
public record MeldingOntvangenV1(String meldingId, String gezinId, String melderType, String gemeente, String regio,
                                 List<Lid> leden, List<String> geweldsvormen, boolean kinderenAanwezig,
                                 boolean acuutOnveilig, Instant ontvangenOp, Actor actor) {

    public record Lid(String persoonId, String rol) {
    }
}
