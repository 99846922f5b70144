package nl.veiligthuis.keten.triage.triage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * R3: who did the triage and how to reach them directly — wijkteams could not find this before. The subject is who it
 * was, the token's pseudonymous {@code sub} (issue 13 point 3); triages stored before have none.
 */
public record Triagist(String naam, String telefoon, @JsonInclude(JsonInclude.Include.NON_NULL) String subject) {

    public Triagist(String naam, String telefoon) {
        this(naam, telefoon, null);
    }
}
