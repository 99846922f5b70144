package nl.veiligthuis.keten.wijkteam.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.zaak-verhuisd.v1}
 * (docs/events/schemas/zaak-verhuisd.v1.schema.json): from {@code overgedragenOp} regie and zicht op veiligheid are
 * with the wijkteam of {@code naarGemeente}, the actor; the new casusregisseur follows as regisseur-toegewezen.
 */
public record ZaakVerhuisdV1(String zaakId, String verhuizingId, String gezinId, String vanGemeente,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String vanTeam, String naarGemeente,
                             String naarTeam, LocalDate verhuisdOp, LocalDate warmeOverdrachtOp,
                             Instant overgedragenOp, Actor actor) {
}
