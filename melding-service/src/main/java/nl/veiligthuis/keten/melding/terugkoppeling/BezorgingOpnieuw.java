package nl.veiligthuis.keten.melding.terugkoppeling;

/** Response of {@code POST /api/v1/terugkoppelingen/bezorgingen/{bezorgingId}/opnieuw}. */
public record BezorgingOpnieuw(String bezorgingId, BezorgingStatus status) {
}
