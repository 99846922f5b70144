package nl.veiligthuis.keten.monitoring.betrokkenheid;

/** On what an organisation's involvement rests (R18). */
public enum Grond {
    /** Veilig Thuis of the regio, by a melding or triage. */
    MELDING,
    /** The wijkteam, by an accepted handover. */
    OVERDRACHT,
    /** A tafel (e.g. the jeugdbeschermingstafel), by its decision on an opschaling. */
    OPSCHALING,
    /** Registered by the organisation itself. */
    REGISTRATIE
}
