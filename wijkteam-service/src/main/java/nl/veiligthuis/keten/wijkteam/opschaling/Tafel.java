package nl.veiligthuis.keten.wijkteam.opschaling;

/** Where a wijkteam escalates to (R15). */
public enum Tafel {
    /** Child protection: long help without change, no cooperation, trivialising, or beyond the local field. */
    JEUGDBESCHERMINGSTAFEL("Jeugdbeschermingstafel"),
    /** The crisis team, in a crisis. */
    CIT("CIT"),
    /** For adults. */
    LOKAAL_ZORGNETWERK("Lokaal Zorgnetwerk");

    private final String naam;

    Tafel(String naam) {
        this.naam = naam;
    }

    /** How the tafel is named as an organisation, before the gemeente. */
    public String naam() {
        return naam;
    }
}
