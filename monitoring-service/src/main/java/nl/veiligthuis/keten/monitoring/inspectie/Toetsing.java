package nl.veiligthuis.keten.monitoring.inspectie;

import java.util.List;

/**
 * One criterion judged for one gezin, with the timeline entries that prove the judgement. {@code aantal} counts what
 * the criterion counts (terugmeldingen) and is null for the others.
 */
public record Toetsing(Criterium criterium, String regel, Uitkomst uitkomst, String toelichting, Integer aantal,
                       List<Bewijs> bewijs) {

    public Toetsing {
        bewijs = List.copyOf(bewijs);
    }

    static Toetsing van(Criterium criterium, Uitkomst uitkomst, String toelichting, List<Bewijs> bewijs) {
        return new Toetsing(criterium, criterium.regel(), uitkomst, toelichting, null, bewijs);
    }

    static Toetsing nietVanToepassing(Criterium criterium, String toelichting) {
        return van(criterium, Uitkomst.NIET_VAN_TOEPASSING, toelichting, List.of());
    }

    Toetsing metAantal(int aantal) {
        return new Toetsing(criterium, regel, uitkomst, toelichting, aantal, bewijs);
    }
}
