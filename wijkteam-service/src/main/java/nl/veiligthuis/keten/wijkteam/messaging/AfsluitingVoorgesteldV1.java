package nl.veiligthuis.keten.wijkteam.messaging;

import java.time.Instant;

/** Payload of {@code nl.veilig-thuis.keten.wijkteam.afsluiting-voorgesteld.v1}: the uitkomst as a code (D4). */
public record AfsluitingVoorgesteldV1(String zaakId, String gezinId, String uitkomst, Instant voorgesteldOp,
                                      Actor actor) {
}
