package nl.veiligthuis.keten.monitoring.inspectie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects, for one criterion over several cases of a gezin (meldingen, onderzoeken, zaken), what was found: one
 * breach makes the criterion NIET_VOLDAAN; every case met makes it VOLDAAN; no case makes it not applicable.
 */
final class Bevindingen {

    private final Criterium criterium;
    private final List<String> tekorten = new ArrayList<>();
    private final List<String> voldaan = new ArrayList<>();
    private final List<String> lopend = new ArrayList<>();
    private final Set<Bewijs> bewijs = new LinkedHashSet<>();

    Bevindingen(Criterium criterium) {
        this.criterium = criterium;
    }

    Bevindingen tekort(String toelichting, Stap... stappen) {
        tekorten.add(toelichting);
        return bewijs(stappen);
    }

    Bevindingen voldaan(String toelichting, Stap... stappen) {
        voldaan.add(toelichting);
        return bewijs(stappen);
    }

    /** A term that still runs at the moment judged: not a breach, not met yet. */
    Bevindingen lopend(String toelichting, Stap... stappen) {
        lopend.add(toelichting);
        return bewijs(stappen);
    }

    Bevindingen bewijs(Stap... stappen) {
        for (Stap stap : stappen) {
            if (stap != null) {
                bewijs.add(stap.bewijs());
            }
        }
        return this;
    }

    Toetsing toetsing(String zonderGevallen) {
        List<Bewijs> gesorteerd = bewijs.stream()
                .sorted(Comparator.comparing(Bewijs::tijdstip).thenComparing(Bewijs::eventId)).toList();
        if (!tekorten.isEmpty()) {
            return Toetsing.van(criterium, Uitkomst.NIET_VOLDAAN, String.join("; ", tekorten), gesorteerd);
        }
        List<String> alles = new ArrayList<>(voldaan);
        alles.addAll(lopend);
        if (!voldaan.isEmpty()) {
            // a case still running does not undo the cases already met
            return Toetsing.van(criterium, Uitkomst.VOLDAAN, String.join("; ", alles), gesorteerd);
        }
        if (!lopend.isEmpty()) {
            return Toetsing.van(criterium, Uitkomst.NIET_VAN_TOEPASSING, String.join("; ", alles), gesorteerd);
        }
        return Toetsing.nietVanToepassing(criterium, zonderGevallen);
    }
}
