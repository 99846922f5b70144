package nl.veiligthuis.keten.wijkteam.intake;

/** When a ZRM is scored: at the start of help and at its end (R11). */
public enum ZrmMoment {
    START,
    EIND
}
