package nl.veiligthuis.keten.wijkteam.nazorg;

import java.time.LocalDate;

/** Issue 14 point 7: who watches after closing, and until which day. organisatie names another organisation. */
public record Nazorg(NazorgDoor door, String organisatie, LocalDate tot) {
}
