package nl.veiligthuis.keten.wijkteam.intake;

/** The role of a member in the gezin (cliëntsysteem). */
public enum GezinslidRol {
    OUDER,
    KIND,
    PARTNER,
    EX_PARTNER,
    OVERIG;

    /** The ZRM scores the self-reliance of adults; a child gets a safety assessment instead. */
    public boolean volwassen() {
        return this != KIND;
    }
}
