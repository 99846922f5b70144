package nl.veiligthuis.keten.monitoring.inspectie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The inspection checks counted per regio and per gemeente within it: for each criterion how many gezinnen met it,
 * did not, or to whom it did not apply. A regio's own row has gemeente null.
 */
public record Toetsingsoverzicht(Instant bekendOp, String regio, String gemeente, int gezinnen, List<Groep> groepen) {

    /**
     * @param meldingen the meldingen received about the group's gezinnen
     * @param mutaties  of which the police sent as a mutatie huiselijk geweld (issue 14 point 12, 002 §3.2)
     */
    public record Groep(String regio, String gemeente, int gezinnen, List<Telling> criteria, int meldingen,
                        int mutaties) {
    }

    public record Telling(Criterium criterium, String regel, int voldaan, int nietVoldaan, int nietVanToepassing) {
    }

    static final class Teller {

        private static final String ONBEKEND = "ONBEKEND";
        private final Map<String, Map<String, Groepsteller>> perRegio = new TreeMap<>();
        private final Map<String, Groepsteller> regiototaal = new TreeMap<>();
        private int gezinnen;

        void tel(GezinToetsing toetsing) {
            gezinnen++;
            String regio = Objects.requireNonNullElse(toetsing.regio(), ONBEKEND);
            String gemeente = Objects.requireNonNullElse(toetsing.gemeente(), ONBEKEND);
            regiototaal.computeIfAbsent(regio, r -> new Groepsteller()).tel(toetsing);
            perRegio.computeIfAbsent(regio, r -> new TreeMap<>())
                    .computeIfAbsent(gemeente, g -> new Groepsteller()).tel(toetsing);
        }

        Toetsingsoverzicht overzicht(Instant bekendOp, String regio, String gemeente) {
            List<Groep> groepen = new ArrayList<>();
            regiototaal.forEach((naam, totaal) -> {
                groepen.add(totaal.groep(naam, null));
                perRegio.get(naam).forEach((gemeenteNaam, teller) -> groepen.add(teller.groep(naam, gemeenteNaam)));
            });
            return new Toetsingsoverzicht(bekendOp, regio, gemeente, gezinnen, groepen);
        }
    }

    private static final class Groepsteller {

        private final Map<Criterium, int[]> tellingen = new EnumMap<>(Criterium.class);
        private int gezinnen;
        private int meldingen;
        private int mutaties;

        void tel(GezinToetsing toetsing) {
            gezinnen++;
            meldingen += toetsing.meldingen();
            mutaties += toetsing.mutaties();
            for (Toetsing criterium : toetsing.toetsingen()) {
                tellingen.computeIfAbsent(criterium.criterium(), c -> new int[Uitkomst.values().length])
                        [criterium.uitkomst().ordinal()]++;
            }
        }

        Groep groep(String regio, String gemeente) {
            List<Telling> criteria = new ArrayList<>();
            for (Criterium criterium : Criterium.values()) {
                int[] telling = tellingen.getOrDefault(criterium, new int[Uitkomst.values().length]);
                criteria.add(new Telling(criterium, criterium.regel(), telling[Uitkomst.VOLDAAN.ordinal()],
                        telling[Uitkomst.NIET_VOLDAAN.ordinal()], telling[Uitkomst.NIET_VAN_TOEPASSING.ordinal()]));
            }
            return new Groep(regio, gemeente, gezinnen, criteria, meldingen, mutaties);
        }
    }
}
