package nl.veiligthuis.keten.monitoring.betrokkenheid;

/** Why an organisation registers its involvement: a code, never free text (D4). */
public enum Reden {
    ZORGEN_OVER_VEILIGHEID,
    ZORGEN_OVER_ONTWIKKELING,
    ZORGEN_OVER_GEZONDHEID,
    SCHOOLVERZUIM,
    HULPVERLENING,
    OVERIG
}
