package nl.veiligthuis.keten.wijkteam.verhuizing;

/** The moves of one zaak; empty when the zaak is unknown. */
public record HaalVerhuizingenOp(String zaakId) {
}
