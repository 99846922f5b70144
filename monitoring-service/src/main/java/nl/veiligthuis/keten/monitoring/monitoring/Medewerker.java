package nl.veiligthuis.keten.monitoring.monitoring;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The VT employee who had the contact; the name stays in this service's event store, never on a topic. The subject is
 * who it was, the token's pseudonymous {@code sub} (issue 13 point 3).
 */
public record Medewerker(@Persoonsgegeven String naam, @JsonInclude(JsonInclude.Include.NON_NULL) String subject) {

    public Medewerker(String naam) {
        this(naam, null);
    }
}
