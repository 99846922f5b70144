package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.veiligthuis.keten.monitoring.inspectie.Gezinsdossier.Zaak;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 7 (001 §6.2: "De casusregisseur draagt ook zorg voor nazorg (monitoring) na afsluiting"): a closed
 * zaak names who watches and until when, and someone checked on the gezin by that day. A term still running at the
 * moment judged is not judged yet; a closing from before nazorg was agreed is not judged at all.
 */
final class Nazorgtoets {

    private Nazorgtoets() {
    }

    static Toetsing nazorg(Gezinsdossier dossier, Moment moment) {
        Bevindingen bevindingen = new Bevindingen(Criterium.NAZORG_NA_AFSLUITING);
        for (Zaak zaak : dossier.zaken.values()) {
            if (zaak.afgesloten == null) {
                continue;
            }
            JsonNode nazorg = zaak.afgesloten.feit("nazorg");
            LocalDate tot = nazorg.isObject() ? datum(nazorg) : null;
            if (tot == null) {
                continue;
            }
            String wie = nazorg.path("door").asString("") + (nazorg.path("organisatie").isString()
                    ? " (" + nazorg.path("organisatie").asString() + ")" : "");
            List<Stap> opTijd = zaak.nazorgcontroles.stream()
                    .filter(controle -> controle.datum("op") != null && !controle.datum("op").isAfter(tot)).toList();
            if (!opTijd.isEmpty()) {
                bevindingen.voldaan("nazorg door " + wie + " tot " + tot + ": " + opTijd.size() + " controle(s) op tijd",
                        Stream.concat(Stream.of(zaak.afgesloten), opTijd.stream()).toArray(Stap[]::new));
            } else if (moment.datum().isAfter(tot)) {
                bevindingen.tekort("nazorg door " + wie + " tot " + tot + " zonder controle", zaak.afgesloten,
                        zaak.nazorgVerlopen);
            } else {
                bevindingen.lopend("nazorg door " + wie + " loopt tot " + tot, zaak.afgesloten);
            }
        }
        return bevindingen.toetsing("Geen zaak afgesloten met nazorg");
    }

    private static LocalDate datum(JsonNode nazorg) {
        String tot = nazorg.path("tot").asString("");
        return tot.isEmpty() ? null : LocalDate.parse(tot);
    }
}
