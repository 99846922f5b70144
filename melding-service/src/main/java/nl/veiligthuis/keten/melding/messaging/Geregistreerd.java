package nl.veiligthuis.keten.melding.messaging;

import nl.veiligthuis.keten.platform.axon.Handelende;

/**
 * Who entered a melding or adviesvraag into the chain, as their token named them (issue 13 point 3): a Veilig Thuis
 * medewerker and their regio, or {@code PARTNERSYSTEEM} and the partner's organisation. Not the melder: that is the
 * {@code actor}. The person is {@code actor.subject}.
 */
record Geregistreerd(String rol, String organisatie) {

    static Geregistreerd door(Handelende handelende) {
        return new Geregistreerd(handelende.rol(), handelende.organisatie());
    }
}
