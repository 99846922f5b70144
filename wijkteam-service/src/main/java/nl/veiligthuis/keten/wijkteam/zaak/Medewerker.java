package nl.veiligthuis.keten.wijkteam.zaak;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The wijkteam professional who acted: the name and telefoon the body gives (who to call, "welk poppetje"), and the
 * token's pseudonymous subject, which is who it was (issue 13 point 3). Personal data: stays in wijkteam-service,
 * never on a topic (D4). Events stored before issue 13 have no subject.
 */
public record Medewerker(@Persoonsgegeven String naam, @Persoonsgegeven String telefoon,
                         @JsonInclude(JsonInclude.Include.NON_NULL)
                         @Schema(description = "Pseudoniem van wie handelde (sub van het token); alleen in de opslag")
                         String subject) {

    public Medewerker(String naam, String telefoon) {
        this(naam, telefoon, null);
    }

    /**
     * Whether two acts were by the same person, for four eyes: by the tokens' subjects, whatever names the bodies
     * typed; only for an act stored before subjects were recorded, by name.
     */
    public boolean zelfdePersoon(Medewerker ander) {
        if (subject != null && ander.subject != null) {
            return subject.equals(ander.subject);
        }
        return Naam.zelfde(naam, ander.naam);
    }
}
