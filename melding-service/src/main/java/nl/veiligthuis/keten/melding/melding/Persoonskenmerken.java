package nl.veiligthuis.keten.melding.melding;

import java.time.LocalDate;

/** What a melding says about one member, as far as recognition needs it; {@code bsn} and the date are optional. */
public record Persoonskenmerken(String bsn, String voornaam, String achternaam, LocalDate geboortedatum) {
}
