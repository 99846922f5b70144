package nl.veiligthuis.keten.monitoring.tijdlijn;

/**
 * Who acted, as the timeline shows it: the role and the organisation, never a name (R19, D4). {@code rol} is
 * null when the event names no actor; {@code organisatie} is then the producing service.
 */
public record Actor(String rol, String organisatie) {
}
