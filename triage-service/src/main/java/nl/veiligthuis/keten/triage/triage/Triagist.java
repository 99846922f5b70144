package nl.veiligthuis.keten.triage.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * R3: who did the triage and how to reach them directly — wijkteams could not find this before. The subject is who it
 * was, the token's pseudonymous {@code sub} (issue 13 point 3); triages stored before have none.
 */
public record Triagist(@Persoonsgegeven String naam, @Persoonsgegeven String telefoon,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String subject) {

    public Triagist(String naam, String telefoon) {
        this(naam, telefoon, null);
    }
}
