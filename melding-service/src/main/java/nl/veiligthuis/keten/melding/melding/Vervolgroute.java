package nl.veiligthuis.keten.melding.melding;

/** R6: what was done with the melding, as a melder may hear it; never the content of the case. */
public enum Vervolgroute {
    DIRECTE_VEILIGHEIDSACTIE,
    ONDERZOEK_DOOR_VEILIG_THUIS,
    INTERVENTIE_DOOR_VEILIG_THUIS,
    OVERGEDRAGEN_AAN_WIJKTEAM,
    GEEN_VERVOLG_DOOR_VEILIG_THUIS;

    /**
     * The route that follows a triage outcome (R3).
     *
     * @throws IllegalArgumentException for an outcome this service does not know, so the record is parked rather
     *                                  than the melder told something wrong
     */
    public static Vervolgroute naTriage(String uitkomst) {
        return switch (uitkomst) {
            case "SPOED" -> DIRECTE_VEILIGHEIDSACTIE;
            case "ONDERZOEK" -> ONDERZOEK_DOOR_VEILIG_THUIS;
            case "INTERVENTIE" -> INTERVENTIE_DOOR_VEILIG_THUIS;
            case "OVERDRACHT_LOKAAL_VELD" -> OVERGEDRAGEN_AAN_WIJKTEAM;
            case "AFSLUITEN" -> GEEN_VERVOLG_DOOR_VEILIG_THUIS;
            default -> throw new IllegalArgumentException("unknown triage outcome " + uitkomst);
        };
    }

    public boolean gestart() {
        return this != GEEN_VERVOLG_DOOR_VEILIG_THUIS;
    }
}
