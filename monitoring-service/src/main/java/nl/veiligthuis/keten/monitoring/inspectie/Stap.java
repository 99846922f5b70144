package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.monitoring.tijdlijn.TijdlijnGebeurtenis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** One timeline entry as the dossier reads it: its type, time, actor and facts. */
record Stap(TijdlijnGebeurtenis gebeurtenis) {

    String type() {
        return gebeurtenis.type();
    }

    Instant tijdstip() {
        return gebeurtenis.tijdstip();
    }

    String organisatie() {
        return gebeurtenis.actor() == null ? null : gebeurtenis.actor().organisatie();
    }

    Bewijs bewijs() {
        return new Bewijs(gebeurtenis.eventId(), gebeurtenis.type(), gebeurtenis.tijdstip());
    }

    String tekst(String veld) {
        JsonNode waarde = feit(veld);
        return waarde.isString() ? waarde.asString() : null;
    }

    boolean waar(String veld) {
        return feit(veld).asBoolean(false);
    }

    Instant moment(String veld) {
        String tekst = tekst(veld);
        return tekst == null ? null : Instant.parse(tekst);
    }

    LocalDate datum(String veld) {
        String tekst = tekst(veld);
        return tekst == null ? null : LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
    }

    JsonNode feit(String veld) {
        JsonNode feiten = gebeurtenis.feiten();
        return feiten == null ? MissingNode.getInstance() : feiten.path(veld);
    }
}
