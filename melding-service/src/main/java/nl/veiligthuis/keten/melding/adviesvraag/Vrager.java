package nl.veiligthuis.keten.melding.adviesvraag;

import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/** Who asks for advice. Organisation and contact stay in melding-service; never {@code POLITIE}. */
public record Vrager(MelderType type, String organisatie, @Persoonsgegeven String contact) {
}
