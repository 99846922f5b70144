package nl.veiligthuis.keten.wijkteam.monitoring;

import java.time.Instant;

/** Response of {@code POST /api/v1/zaken/{zaakId}/monitoringcontacten/{contactId}/antwoord}. */
public record AntwoordVastgelegd(String zaakId, String contactId, Instant beantwoordOp) {
}
