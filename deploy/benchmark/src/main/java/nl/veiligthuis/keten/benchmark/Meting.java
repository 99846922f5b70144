package nl.veiligthuis.keten.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and failures per named step, safe for many client threads. */
final class Meting {

    private final Map<String, ConcurrentLinkedQueue<Long>> duren = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> fouten = new ConcurrentHashMap<>();

    void duur(String stap, long nanos) {
        duren.computeIfAbsent(stap, s -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void fout(String stap, String reden) {
        fouten.computeIfAbsent(stap + " " + reden, s -> new AtomicLong()).incrementAndGet();
    }

    long aantalFouten() {
        return fouten.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Long> fouten() {
        Map<String, Long> kopie = new TreeMap<>();
        fouten.forEach((stap, aantal) -> kopie.put(stap, aantal.get()));
        return kopie;
    }

    /** Per step: count, p50, p99 and max in milliseconds, in the order the steps were first seen. */
    List<Samenvatting> samenvattingen() {
        List<Samenvatting> lijst = new ArrayList<>();
        new TreeMap<>(duren).forEach((stap, waarden) -> {
            long[] gesorteerd = waarden.stream().mapToLong(Long::longValue).sorted().toArray();
            if (gesorteerd.length > 0) {
                lijst.add(new Samenvatting(stap, gesorteerd.length, ms(percentiel(gesorteerd, 50)),
                        ms(percentiel(gesorteerd, 99)), ms(gesorteerd[gesorteerd.length - 1])));
            }
        });
        return lijst;
    }

    private static long percentiel(long[] gesorteerd, int p) {
        int index = (int) Math.ceil(p / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(index, gesorteerd.length - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    record Samenvatting(String stap, int aantal, double p50, double p99, double max) {
    }
}
