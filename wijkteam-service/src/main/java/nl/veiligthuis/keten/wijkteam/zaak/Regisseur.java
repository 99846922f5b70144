package nl.veiligthuis.keten.wijkteam.zaak;

import java.util.Locale;

/**
 * The casusregisseur of a zaak (R10): the aanspreekpunt for the gezin and the professionals around it, so a phone
 * number is part of it. Personal data of a professional: shown over REST, never on a topic (D4).
 */
public record Regisseur(String naam, String telefoon, String organisatie) {

    /** The same person at the same organisation, whatever the spelling of spaces and capitals. */
    boolean isZelfde(Regisseur ander) {
        return ander != null && genormaliseerd(naam).equals(genormaliseerd(ander.naam))
                && genormaliseerd(organisatie).equals(genormaliseerd(ander.organisatie));
    }

    private static String genormaliseerd(String tekst) {
        return tekst == null ? "" : tekst.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
