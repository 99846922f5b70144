package nl.veiligthuis.keten.wijkteam.gezinsregie;

/** Response of accepting a joined handover. */
public record GevoegdeOverdrachtGeaccepteerdAntwoord(String zaakId, String overdrachtId,
                                                     GevoegdeOverdrachtStatus status) {
}
