package nl.veiligthuis.keten.melding.melding;

import java.time.LocalDate;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * A member of the gezin as reported. Only {@code persoonId} and {@code rol} ever leave this service. {@code bsn} is
 * optional; events stored before it existed read it as null.
 */
public record Gezinslid(String persoonId, Rol rol, @Persoonsgegeven String voornaam,
                        @Persoonsgegeven String achternaam, @Persoonsgegeven LocalDate geboortedatum,
                        @Persoonsgegeven String bsn) {
}
