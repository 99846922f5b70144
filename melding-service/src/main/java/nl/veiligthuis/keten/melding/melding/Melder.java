package nl.veiligthuis.keten.melding.melding;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/** Who reported. Organisation and contact stay in melding-service; an anonymous melder has neither. */
public record Melder(MelderType type, String organisatie, @Persoonsgegeven String contact) {
}
