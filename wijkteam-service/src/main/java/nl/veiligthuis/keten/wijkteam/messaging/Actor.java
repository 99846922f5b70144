package nl.veiligthuis.keten.wijkteam.messaging;

/** Who did it, by role and organisation only: a medewerker's name never leaves wijkteam-service (D4). */
public record Actor(String rol, String organisatie) {

    static Actor wijkteam(String rol, String gemeente) {
        return new Actor(rol, wijkteam(gemeente));
    }

    /** The organisation name of a gemeente's wijkteam, as events and tokens name it. */
    public static String wijkteam(String gemeente) {
        return "Wijkteam " + gemeente;
    }
}
