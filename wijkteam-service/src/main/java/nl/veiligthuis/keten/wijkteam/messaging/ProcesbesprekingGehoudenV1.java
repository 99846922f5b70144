package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.procesbespreking-gehouden.v1}
 * (docs/events/schemas/procesbespreking-gehouden.v1.schema.json): when and whether in time, not the uitkomst (D4).
 */
public record ProcesbesprekingGehoudenV1(String zaakId, String gezinId, Instant gehoudenOp, boolean opTijd,
                                         Actor actor) {
}
