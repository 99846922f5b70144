package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/**
 * Payload of {@code nl.veilig-thuis.keten.wijkteam.procesbespreking-termijn-verstreken.v1}
 * (docs/events/schemas/procesbespreking-termijn-verstreken.v1.schema.json).
 */
public record ProcesbesprekingTermijnVerstrekenV1(String zaakId, String gezinId, Instant uiterlijkOp,
                                                  Instant vastgesteldOp) {
}
