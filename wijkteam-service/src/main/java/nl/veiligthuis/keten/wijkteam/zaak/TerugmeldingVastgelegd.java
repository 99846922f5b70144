package nl.veiligthuis.keten.wijkteam.zaak;

/** Response of {@code POST /api/v1/zaken/{zaakId}/terugmelding}. */
public record TerugmeldingVastgelegd(String zaakId, ZaakStatus status) {
}
