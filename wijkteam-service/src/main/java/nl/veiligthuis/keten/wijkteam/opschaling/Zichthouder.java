package nl.veiligthuis.keten.wijkteam.opschaling;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * The named person who keeps sight on safety while the tafel has not decided (R15). Personal data of a
 * professional: shown over REST, never on a topic.
 */
public record Zichthouder(@Persoonsgegeven String naam, @Persoonsgegeven String telefoon, String organisatie) {
}
