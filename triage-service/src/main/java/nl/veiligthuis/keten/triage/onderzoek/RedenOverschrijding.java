package nl.veiligthuis.keten.triage.onderzoek;

/** R4: the reason categories that justify an onderzoek taking longer than 10 weeks. */
public enum RedenOverschrijding {
    MULTIPROBLEEM_GEZIN,
    VERMOEDEN_SEKSUEEL_MISBRUIK,
    MDCK_ZAAK,
    OUDERENMISHANDELING,
    /** The onderzoek closes 6 weeks after the birth. */
    ZWANGERE_RISICO_OUDER
}
