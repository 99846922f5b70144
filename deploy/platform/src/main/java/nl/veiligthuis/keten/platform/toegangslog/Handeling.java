package nl.veiligthuis.keten.platform.toegangslog;

/** The kind of access, in NEN 7513's terms, read from the request's method. */
public enum Handeling {
    INZIEN, TOEVOEGEN, WIJZIGEN, VERWIJDEREN;

    static Handeling van(String methode) {
        return switch (methode) {
            case "POST" -> TOEVOEGEN;
            case "PUT", "PATCH" -> WIJZIGEN;
            case "DELETE" -> VERWIJDEREN;
            default -> INZIEN;
        };
    }
}
