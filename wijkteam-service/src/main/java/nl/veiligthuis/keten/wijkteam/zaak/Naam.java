package nl.veiligthuis.keten.wijkteam.zaak;

import java.util.Locale;

/**
 * How the zaak compares the names of professionals (four eyes, the same regisseur): spaces and capitals do not
 * count, so "J. de Vries" and " j.  de vries" are one person.
 */
public final class Naam {

    private Naam() {
    }

    public static String genormaliseerd(String naam) {
        return naam == null ? "" : naam.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static boolean zelfde(String een, String ander) {
        return genormaliseerd(een).equals(genormaliseerd(ander));
    }
}
