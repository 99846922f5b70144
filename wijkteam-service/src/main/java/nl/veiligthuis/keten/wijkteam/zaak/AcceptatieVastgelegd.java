package nl.veiligthuis.keten.wijkteam.zaak;

/** Response of {@code POST /api/v1/zaken/{zaakId}/acceptatie}. */
public record AcceptatieVastgelegd(String zaakId, ZaakStatus status) {
}
