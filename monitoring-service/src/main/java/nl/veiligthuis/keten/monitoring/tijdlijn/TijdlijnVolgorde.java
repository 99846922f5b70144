package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Causal order of a timeline: by tijdstip, except that an event always follows the event that caused it.
 * Clocks of different services disagree, so a consequence can carry an earlier tijdstip than its cause.
 */
public final class TijdlijnVolgorde {

    private TijdlijnVolgorde() {
    }

    /** @param inOntvangstvolgorde the gezin's entries in the order they were received (the tie-breaker) */
    public static List<TijdlijnGebeurtenis> causaal(List<TijdlijnGebeurtenis> inOntvangstvolgorde) {
        int n = inOntvangstvolgorde.size();
        List<Integer> opTijd = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            opTijd.add(i);
        }
        opTijd.sort(Comparator.comparing((Integer i) -> inOntvangstvolgorde.get(i).tijdstip())
                .thenComparing(i -> i));
        int[] rang = new int[n];
        for (int r = 0; r < n; r++) {
            rang[opTijd.get(r)] = r;
        }

        Map<String, Integer> perEventId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            perEventId.putIfAbsent(inOntvangstvolgorde.get(i).eventId(), i);
        }
        List<List<Integer>> gevolgen = new ArrayList<>();
        int[] oorzakenTeGaan = new int[n];
        for (int i = 0; i < n; i++) {
            gevolgen.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            Integer oorzaak = perEventId.get(inOntvangstvolgorde.get(i).causationId());
            if (oorzaak != null && oorzaak != i) {
                gevolgen.get(oorzaak).add(i);
                oorzakenTeGaan[i]++;
            }
        }

        PriorityQueue<Integer> klaar = new PriorityQueue<>(Comparator.comparingInt(i -> rang[i]));
        PriorityQueue<Integer> rest = new PriorityQueue<>(Comparator.comparingInt(i -> rang[i]));
        boolean[] geplaatst = new boolean[n];
        for (int i = 0; i < n; i++) {
            (oorzakenTeGaan[i] == 0 ? klaar : rest).add(i);
        }
        List<TijdlijnGebeurtenis> resultaat = new ArrayList<>(n);
        while (resultaat.size() < n) {
            Integer volgende = klaar.poll();
            if (volgende == null) {
                // a causation cycle cannot happen with unique event ids; if it does, fall back to time order
                volgende = rest.poll();
            }
            if (geplaatst[volgende]) {
                continue;
            }
            geplaatst[volgende] = true;
            rest.remove(volgende);
            resultaat.add(inOntvangstvolgorde.get(volgende));
            for (int gevolg : gevolgen.get(volgende)) {
                if (--oorzakenTeGaan[gevolg] == 0 && !geplaatst[gevolg]) {
                    klaar.add(gevolg);
                }
            }
        }
        return resultaat;
    }
}
