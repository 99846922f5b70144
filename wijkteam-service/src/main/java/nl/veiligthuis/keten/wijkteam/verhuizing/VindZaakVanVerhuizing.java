package nl.veiligthuis.keten.wijkteam.verhuizing;

/** The zaak a move belongs to; empty when the move is unknown. */
public record VindZaakVanVerhuizing(String verhuizingId) {
}
