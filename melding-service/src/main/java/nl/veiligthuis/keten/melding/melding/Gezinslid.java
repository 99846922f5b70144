package nl.veiligthuis.keten.melding.melding;

import java.time.LocalDate;

/**
 * A member of the gezin as reported. Only {@code persoonId} and {@code rol} ever leave this service. {@code bsn} is
 * optional; events stored before it existed read it as null.
 */
public record Gezinslid(String persoonId, Rol rol, String voornaam, String achternaam, LocalDate geboortedatum,
                        String bsn) {
}
