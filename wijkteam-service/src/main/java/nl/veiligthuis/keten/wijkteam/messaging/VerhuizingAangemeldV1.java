package nl.veiligthuis.keten.wijkteam.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.verhuizing-aangemeld.v1}
 * (docs/events/schemas/verhuizing-aangemeld.v1.schema.json): where the zaak goes, as gemeenten and teams, and the
 * ground for sharing as a code; never the toelichting, the reason without consent or a name (D4).
 */
public record VerhuizingAangemeldV1(String zaakId, String verhuizingId, String gezinId, String vanGemeente,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String vanTeam, String naarGemeente,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String naarTeam, LocalDate verhuisdOp,
                                    String toestemming, Instant aangemeldOp, Actor actor) {
}
