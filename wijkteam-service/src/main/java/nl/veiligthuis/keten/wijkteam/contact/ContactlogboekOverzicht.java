package nl.veiligthuis.keten.wijkteam.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;

/**
 * Issue 14 point 6: a zaak's contact log, newest first, with the frequency in force and the day the next contact is
 * due. contactAchterstallig: a child is unsafe and that day has passed.
 */
public record ContactlogboekOverzicht(
        String zaakId,
        Frequentie frequentie,
        @Schema(description = "The day of the latest contact that counts (a home visit or conversation where nobody "
                + "was seen does not); null: none yet")
        LocalDate laatsteContactOp,
        @Schema(description = "The last day for the next contact: the latest contact (or the acceptance) plus the "
                + "frequency; null unless the zaak is in treatment with a child judged unsafe")
        LocalDate volgendContactUiterlijk,
        @Schema(description = "A child is judged unsafe and volgendContactUiterlijk has passed (signal "
                + "CONTACT_ACHTERSTALLIG)")
        boolean contactAchterstallig,
        List<Contact> contacten) {

    /** afgesproken false: the default applies, no agreement was recorded. */
    public record Frequentie(int dagen, boolean afgesproken, String reden, Instant afgesprokenOp,
                             Medewerker medewerker) {
    }

    public record Contact(String contactId, Contactsoort soort, LocalDate op, List<String> gezien, String met,
                          Veiligheidsbeeld beeld, String bevinding, boolean teltAlsContact, Medewerker medewerker,
                          Instant vastgelegdOp) {
    }
}
