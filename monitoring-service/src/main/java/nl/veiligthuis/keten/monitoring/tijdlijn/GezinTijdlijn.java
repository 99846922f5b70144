package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.util.List;

/** Response of {@code GET /api/v1/gezinnen/{gezinId}/tijdlijn}. */
public record GezinTijdlijn(String gezinId, List<TijdlijnGebeurtenis> gebeurtenissen) {
}
