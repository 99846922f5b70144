package nl.veiligthuis.keten.melding.terugkoppeling;

import nl.veiligthuis.keten.melding.melding.Terugkoppelingsbrief;

/**
 * Issue 14 point 5 (003: "welk poppetje erop zit"): whom the melder can call at Veilig Thuis about the melding, as
 * triage-service knows it (the triagist, or the onderzoeker after an onderzoek). Read at delivery, never stored here.
 */
public record Contactpersoon(String naam, String telefoon, String organisatie) {


    /** The letter with this contact person, before its closing lines; the letter as it was without one. */
    static String inBrief(String tekst, Contactpersoon contactpersoon) {
        if (contactpersoon == null || contactpersoon.naam() == null || contactpersoon.naam().isBlank()) {
            return tekst;
        }
        String regel = "\n\nUw contactpersoon bij " + (contactpersoon.organisatie() == null ? "Veilig Thuis"
                : contactpersoon.organisatie()) + ": " + contactpersoon.naam().strip()
                + (contactpersoon.telefoon() == null || contactpersoon.telefoon().isBlank() ? ""
                : ", telefoon " + contactpersoon.telefoon().strip()) + ".";
        int waar = tekst.indexOf(Terugkoppelingsbrief.SLOT);
        return waar < 0 ? tekst + regel : tekst.substring(0, waar) + regel + tekst.substring(waar);
    }
}
