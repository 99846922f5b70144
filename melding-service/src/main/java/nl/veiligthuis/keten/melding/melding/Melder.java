package nl.veiligthuis.keten.melding.melding;

import nl.veiligthuis.keten.platform.privacy.Persoonsgegeven;

/**
 * Who reported. Organisation and contact stay in melding-service; an anonymous melder has neither.
 *
 * @param politiemelding for the police: a zorgmelding or a mutatie huiselijk geweld; absent when not said
 */
public record Melder(MelderType type, String organisatie, @Persoonsgegeven String contact,
                     Politiemelding politiemelding) {

    public Melder(MelderType type, String organisatie, String contact) {
        this(type, organisatie, contact, null);
    }
}
