package nl.veiligthuis.keten.monitoring.aanvulling;

import java.time.Instant;

/**
 * One aanvulling as the file shows it, beside what it is about (which it never changed).
 *
 * @param tekst        {@code [gewist]} once the gezin was erased
 * @param toegevoegdDoor the organisation and role of whoever added it, from their token; the person is in the access
 *                     log and the event store, by their pseudonymous subject
 */
public record AanvullingOverzicht(String aanvullingId, Soort soort, String persoonId, Betreft betreft, String tekst,
                                  Instant toegevoegdOp, ToegevoegdDoor toegevoegdDoor) {

    public record ToegevoegdDoor(String organisatie, String rol) {
    }
}
