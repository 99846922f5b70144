package nl.veiligthuis.keten.wijkteam.zaak;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;


/**
 * The casusregisseur of a zaak (R10): the aanspreekpunt for the gezin and the professionals around it, so a phone
 * number is part of it. Personal data of a professional: shown over REST, never on a topic (D4).
 */
public record Regisseur(@Persoonsgegeven String naam, @Persoonsgegeven String telefoon, String organisatie) {

    /** The same person at the same organisation, whatever the spelling of spaces and capitals. */
    boolean isZelfde(Regisseur ander) {
        return ander != null && Naam.zelfde(naam, ander.naam) && Naam.zelfde(organisatie, ander.organisatie);
    }

}
