package nl.veiligthuis.keten.platform.toegangslog;

/**
 * What came of a request. The caller outside their werkgebied got the 404 of an unknown object; the log keeps them
 * apart, since an attempt on a family that is not yours is exactly what an audit looks for.
 */
public enum Uitkomst {
    TOEGESTAAN, NIET_GEAUTHENTICEERD, GEWEIGERD, BUITEN_WERKGEBIED, NIET_GEVONDEN, ONGELDIG, FOUT;

    static Uitkomst van(int status, boolean buitenWerkgebied) {
        if (buitenWerkgebied) {
            return BUITEN_WERKGEBIED;
        }
        if (status < 400) {
            return TOEGESTAAN;
        }
        return switch (status) {
            case 401 -> NIET_GEAUTHENTICEERD;
            case 403 -> GEWEIGERD;
            case 404 -> NIET_GEVONDEN;
            default -> status >= 500 ? FOUT : ONGELDIG;
        };
    }

    /** Logboek Dataverwerkingen's {@code status_code}: whether the processing took place. */
    public String statusCode() {
        return this == TOEGESTAAN ? "OK" : "ERROR";
    }
}
