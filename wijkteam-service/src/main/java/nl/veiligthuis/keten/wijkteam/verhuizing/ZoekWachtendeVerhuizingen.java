package nl.veiligthuis.keten.wijkteam.verhuizing;

/** The moves in and out of a gemeente that wait for a decision; {@code team} null for the whole gemeente. */
public record ZoekWachtendeVerhuizingen(String gemeente, String team) {
}
