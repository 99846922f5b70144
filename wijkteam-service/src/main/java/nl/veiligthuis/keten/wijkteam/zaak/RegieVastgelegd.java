package nl.veiligthuis.keten.wijkteam.zaak;

/** Response of {@code POST /api/v1/zaken/{zaakId}/regisseur}; wissel is false for the first casusregisseur. */
public record RegieVastgelegd(String zaakId, boolean wissel) {
}
