package nl.veiligthuis.keten.wijkteam.gezinsregie;

/** Response of a split: the handover's new zaak. */
public record Afsplitsing(String zaakId, String overdrachtId, String nieuweZaakId) {
}
