package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.opschaling-besloten.v1}: the decision as a code (D4). */
public record OpschalingBeslotenV1(String zaakId, String gezinId, String opschalingId, String tafel, String besluit,
                                   Instant beslotenOp, Actor actor) {
}
