package nl.veiligthuis.keten.wijkteam.gezinsregie;

/** Where a handover goes: {@code bijLopendeZaak} false means a new zaak with {@code zaakId} is to be opened. */
public record Toewijzing(String zaakId, boolean bijLopendeZaak) {
}
