package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.regisseur-toegewezen.v1}
 * (docs/events/schemas/regisseur-toegewezen.v1.schema.json): no name, no phone, no reden (D4).
 */
public record RegisseurToegewezenV1(String zaakId, String gezinId, Instant toegewezenOp, boolean wissel,
                                    Actor actor) {
}
