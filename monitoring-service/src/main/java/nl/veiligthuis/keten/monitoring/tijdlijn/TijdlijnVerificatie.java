package nl.veiligthuis.keten.monitoring.tijdlijn;

/** Response of {@code GET /api/v1/gezinnen/{gezinId}/tijdlijn/verificatie}: is the stored timeline untouched? */
public record TijdlijnVerificatie(String gezinId, long aantal, boolean intact, Afwijking eersteAfwijking) {
}
