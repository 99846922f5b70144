package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The moment a dossier is judged at; dates of terms are Dutch calendar days. */
record Moment(Instant tijdstip) {

    static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    LocalDate datum() {
        return datum(tijdstip);
    }

    static LocalDate datum(Instant tijdstip) {
        return tijdstip.atZone(TIJDZONE).toLocalDate();
    }

    Moment plusMaanden(int maanden) {
        return new Moment(tijdstip.atZone(TIJDZONE).plusMonths(maanden).toInstant());
    }

    /** A term with a last day has passed once that day is over. */
    boolean voorbij(LocalDate uiterlijk) {
        return uiterlijk != null && datum().isAfter(uiterlijk);
    }

    boolean voorbij(Instant uiterlijk) {
        return uiterlijk != null && tijdstip.isAfter(uiterlijk);
    }
}
