package nl.veiligthuis.keten.monitoring.betrokkenheid;

import java.util.List;

/** The gezinnen with a match that the caller's organisation is involved in (R18), for its signalering. */
public record Matches(List<Match> matches) {
}
