package nl.veiligthuis.keten.triage.onderzoek;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * Who investigates, with a direct number: the wijkteam and the gezin know whom to call. Stays in this service. The
 * subject is who it was, the token's pseudonymous {@code sub} (issue 13 point 3).
 */
public record Onderzoeker(@Persoonsgegeven String naam, @Persoonsgegeven String telefoon,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String subject) {

    public Onderzoeker(String naam, String telefoon) {
        this(naam, telefoon, null);
    }
}
