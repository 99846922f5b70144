package nl.veiligthuis.keten.platform.zicht;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * R2 for a gezin, the one rule triage-service's view and monitoring-service's toestand both apply (issue 14 point 3).
 * Each melding of the gezin has its current holder: the last change of zicht op veiligheid on that melding. The
 * gezin's holder is then:
 * <ol>
 *   <li>Veilig Thuis, while it holds any melding: a wijkteam holding another does not take VT's responsibility
 *       away; since the earliest of those periods;</li>
 *   <li>else the wijkteam, while it holds any melding, since the earliest;</li>
 *   <li>else nobody, when every melding with a holder ended with nobody (closed safely), since the latest end;</li>
 *   <li>else nothing is known yet (every triage still within its term).</li>
 * </ol>
 * {@code P} is the service's own record of a change; the rule reads its melding, holder and moment.
 */
public final class Zichtregel<P> {

    private final Function<P, String> melding;
    private final Function<P, Zichthouder> houder;
    private final Function<P, Instant> sinds;

    private Zichtregel(Function<P, String> melding, Function<P, Zichthouder> houder, Function<P, Instant> sinds) {
        this.melding = melding;
        this.houder = houder;
        this.sinds = sinds;
    }

    public static <P> Zichtregel<P> van(Function<P, String> melding, Function<P, Zichthouder> houder,
                                        Function<P, Instant> sinds) {
        return new Zichtregel<>(melding, houder, sinds);
    }

    /**
     * The change that decides the gezin's holder, from its changes in the order they happened (later ones of a
     * melding replace earlier ones); empty when no melding has a holder yet.
     */
    public Optional<P> beslissend(Collection<P> wisselsInVolgorde) {
        Map<String, P> huidigPerMelding = new LinkedHashMap<>();
        wisselsInVolgorde.forEach(wissel -> huidigPerMelding.put(melding.apply(wissel), wissel));
        for (Zichthouder kandidaat : new Zichthouder[] {Zichthouder.VEILIG_THUIS, Zichthouder.WIJKTEAM}) {
            Optional<P> eerste = huidigPerMelding.values().stream()
                    .filter(wissel -> houder.apply(wissel) == kandidaat)
                    .min(Comparator.comparing(sinds));
            if (eerste.isPresent()) {
                return eerste;
            }
        }
        return huidigPerMelding.values().stream().max(Comparator.comparing(sinds));
    }
}
