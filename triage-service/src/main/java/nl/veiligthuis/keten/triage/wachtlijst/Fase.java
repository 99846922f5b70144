package nl.veiligthuis.keten.triage.wachtlijst;

/** Where an open case stands on VT's worklist (R5, R9). */
public enum Fase {
    WACHT_OP_TRIAGE,
    /** Returned by the wijkteam (R9) and waiting for a new triage decision. */
    TERUGGEMELD,
    IN_TRIAGE,
    WACHT_OP_ONDERZOEK,
    IN_ONDERZOEK,
    /** Onderzoek completed; the overdrachtsgesprek that hands it over (R8) has not been recorded. */
    WACHT_OP_OVERDRACHTSGESPREK,
    /** Handed over; the wijkteam has not accepted yet. */
    WACHT_OP_ACCEPTATIE
}
