package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * R13: what is agreed, who is responsible for it, to whom and when is reported. Free text: stays in
 * wijkteam-service.
 */
public record Afspraak(@Persoonsgegeven String omschrijving, @Persoonsgegeven String verantwoordelijke,
                       @Persoonsgegeven String rapporteertAan, @Persoonsgegeven String rapportagemoment) {

    boolean compleet() {
        return gevuld(omschrijving) && gevuld(verantwoordelijke) && gevuld(rapporteertAan) && gevuld(rapportagemoment);
    }

    static boolean gevuld(String tekst) {
        return tekst != null && !tekst.isBlank();
    }
}
