package nl.veiligthuis.keten.wijkteam.verhuizing;

import java.util.List;

/**
 * The moves of a gemeente that wait for a decision (issue 14 point 10): {@code inkomend} for its wijkteam to take
 * over, {@code uitgaand} announced by it; oldest first, so the longest waiting comes first.
 */
public record WachtendeVerhuizingen(String gemeente, List<VerhuizingOverzicht> inkomend,
                                    List<VerhuizingOverzicht> uitgaand) {
}
