package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.platform.web.ProblemDetailsAdvice.InvalidParam;

/**
 * What part of a gezin's timeline is asked for: as known at {@code bekendOp} (null: now), entries with
 * {@code van <= tijdstip < tot} (either may be null) of one of {@code types} (empty: all), one page of them.
 */
public record TijdlijnVraag(Instant bekendOp, Instant van, Instant tot, Set<String> types, int pagina, int grootte) {

    static final int STANDAARD_GROOTTE = 100;
    static final int MAX_GROOTTE = 500;

    public TijdlijnVraag {
        types = Set.copyOf(types);
    }

    /** @throws OngeldigeParameters naming every invalid parameter */
    static TijdlijnVraag lees(String bekendOp, String van, String tot, List<String> types, String pagina,
                              String grootte) {
        List<InvalidParam> fouten = new ArrayList<>();
        Instant bekend = moment("bekendOp", bekendOp, fouten);
        Instant vanaf = moment("van", van, fouten);
        Instant totaan = moment("tot", tot, fouten);
        if (vanaf != null && totaan != null && !totaan.isAfter(vanaf)) {
            fouten.add(new InvalidParam("tot", "moet na van liggen", "na-van"));
        }
        Set<String> gevraagd = new LinkedHashSet<>();
        for (String type : types == null ? List.<String>of() : types) {
            if (Gebeurtenistype.bekend(type)) {
                gevraagd.add(type);
            } else {
                fouten.add(new InvalidParam("type", "onbekend gebeurtenistype", "gebeurtenistype"));
            }
        }
        int paginanummer = getal("pagina", pagina, 0, 0, Integer.MAX_VALUE, fouten);
        int paginagrootte = getal("grootte", grootte, STANDAARD_GROOTTE, 1, MAX_GROOTTE, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeParameters(fouten);
        }
        return new TijdlijnVraag(bekend, vanaf, totaan, gevraagd, paginanummer, paginagrootte);
    }

    boolean laatZien(TijdlijnGebeurtenis gebeurtenis) {
        return (van == null || !gebeurtenis.tijdstip().isBefore(van))
                && (tot == null || gebeurtenis.tijdstip().isBefore(tot))
                && (types.isEmpty() || types.contains(gebeurtenis.type()));
    }

    TijdlijnVraag volgendePagina(Instant stand) {
        return new TijdlijnVraag(bekendOp == null ? stand : bekendOp, van, tot, types, pagina + 1, grootte);
    }

    private static Instant moment(String veld, String waarde, List<InvalidParam> fouten) {
        if (waarde == null) {
            return null;
        }
        try {
            return Instant.parse(waarde);
        } catch (DateTimeParseException e) {
            fouten.add(new InvalidParam(veld, "geen date-time volgens RFC 3339 in UTC", "date-time"));
            return null;
        }
    }

    private static int getal(String veld, String waarde, int standaard, int min, int max, List<InvalidParam> fouten) {
        if (waarde == null) {
            return standaard;
        }
        try {
            int getal = Integer.parseInt(waarde);
            if (getal >= min && getal <= max) {
                return getal;
            }
        } catch (NumberFormatException e) {
            // reported below like a number out of range
        }
        fouten.add(new InvalidParam(veld, "geen geheel getal van " + min + (max == Integer.MAX_VALUE ? " of meer"
                : " tot en met " + max), "bereik"));
        return standaard;
    }
}
