package nl.veiligthuis.keten.wijkteam.intake;

/** Why the team did not speak with a gezinslid (R11); ANDERS needs a toelichting. */
public enum RedenNietGesproken {
    GEEN_TOESTEMMING_OUDERS,
    WEIGERT_GESPREK,
    NIET_BEREIKBAAR,
    TE_JONG,
    ANDERS
}
