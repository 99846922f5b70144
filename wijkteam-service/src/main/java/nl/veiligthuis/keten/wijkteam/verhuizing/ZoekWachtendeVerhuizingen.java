package nl.veiligthuis.keten.wijkteam.verhuizing;

/** The moves in and out of a gemeente that wait for a decision. */
public record ZoekWachtendeVerhuizingen(String gemeente) {
}
