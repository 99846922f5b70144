package nl.veiligthuis.keten.wijkteam.samenwerking;

import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/** A task agreed at a consultation: what (in words, never on a topic), by whom, optionally by when. */
public record Taak(@Persoonsgegeven String omschrijving, Overlegpartij door, LocalDate uiterlijk) {
}
