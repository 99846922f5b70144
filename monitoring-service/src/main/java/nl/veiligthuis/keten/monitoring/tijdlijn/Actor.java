package nl.veiligthuis.keten.monitoring.tijdlijn;

/**
 * Who acted, as the timeline shows it: the role and the organisation, never a name (R19, D4). {@code rol} is
 * null when the event names no actor; {@code organisatie} is then the producing service. {@code subject}: when a
 * person's request caused the event, that person's pseudonymous id (their token's {@code sub}, issue 13 point 3), by
 * which the identity provider, not the chain, knows who it was; null when a system acted.
 */
public record Actor(String rol, String organisatie, String subject) {

    public Actor(String rol, String organisatie) {
        this(rol, organisatie, null);
    }
}
