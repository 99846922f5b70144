package nl.veiligthuis.keten.wijkteam.opschaling;

/**
 * The named person who keeps sight on safety while the tafel has not decided (R15). Personal data of a
 * professional: shown over REST, never on a topic.
 */
public record Zichthouder(String naam, String telefoon, String organisatie) {
}
