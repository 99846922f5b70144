package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.veiligheidsplan-geevalueerd.v1}: the judgement per child as
 * codes; the reasoning and the measures stay in wijkteam-service (D4).
 */
public record VeiligheidsplanGeevalueerdV1(String zaakId, String gezinId, int versie, List<Kind> kinderen,
                                           boolean afsprakenNagekomen, boolean opTijd, Instant geevalueerdOp,
                                           Instant volgendeEvaluatieOp, Actor actor) {

    /** startOordeel is null for a child that was not in the startsituatie (verloop NIEUW). */
    public record Kind(String lidId, String startOordeel, String huidigOordeel, String verloop) {
    }
}
