package nl.veiligthuis.keten.monitoring.messaging;

/** Who acted, as published: a role and an organisation, never a name (D4). */
public record Actor(String rol, String organisatie) {

    public static final Actor VT_MONITORING = new Actor("VT_MONITORING", "Veilig Thuis");
    /** For an event stored without the token's organisation and role. */
    public static final Actor ONBEKEND = new Actor("ONBEKEND", "onbekend");
}
