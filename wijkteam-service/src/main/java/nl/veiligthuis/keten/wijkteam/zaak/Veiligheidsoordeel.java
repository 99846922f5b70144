package nl.veiligthuis.keten.wijkteam.zaak;

/**
 * The professional's judgement of a child's safety (R11, R13, R16). An instrument (ETM, LIRIK,
 * veiligheidstaxatie) structures it; the system stores the judgement and its reasoning and never computes one.
 */
public enum Veiligheidsoordeel {
    /** Safety is established: the child is safe. */
    VEILIG,
    /** Worries or risks, no direct unsafety; safety is not established. */
    ZORGELIJK,
    /** The child is unsafe: a veiligheidsplan is needed (R13). */
    ONVEILIG
}
