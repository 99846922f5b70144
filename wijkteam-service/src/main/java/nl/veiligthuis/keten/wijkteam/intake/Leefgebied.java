package nl.veiligthuis.keten.wijkteam.intake;

/** The life domains the intake analyses, all of them (R11). */
public enum Leefgebied {
    LICHAMELIJKE_EN_PSYCHISCHE_GEZONDHEID,
    VEILIGHEID,
    OPVOEDEN_EN_OPGROEIEN,
    /** Including debts. */
    PARTICIPATIE_EN_INKOMEN,
    DAGELIJKS_FUNCTIONEREN
}
