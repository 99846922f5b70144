package nl.veiligthuis.keten.wijkteam.monitoring;

import java.util.List;

/** Response of {@code GET /api/v1/zaken/{zaakId}/monitoringcontacten}: VT's contacts, oldest first (R14). */
public record MonitoringcontactenVanZaak(String zaakId, List<MonitoringcontactOverzicht> contacten) {
}
