package nl.veiligthuis.keten.melding.terugkoppeling;

/** The letters whose dispatch has this status, at most {@code limiet}, oldest first. */
public record HaalBezorgingenOp(BezorgingStatus status, int limiet) {
}
