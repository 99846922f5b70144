package nl.veiligthuis.keten.melding.melding;

/** Who reported. Organisation and contact stay in melding-service; an anonymous melder has neither. */
public record Melder(MelderType type, String organisatie, String contact) {
}
