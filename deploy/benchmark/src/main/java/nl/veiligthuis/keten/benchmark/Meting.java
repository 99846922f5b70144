package nl.veiligthuis.keten.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and failures per named step, safe for many client threads. */
final class Meting {

    private final long begin = System.nanoTime();
    private final Instant beginMoment = Instant.now();
    private volatile long inloopNanos;
    private final Map<String, ConcurrentLinkedQueue<Long>> duren = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<long[]>> momenten = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> fouten = new ConcurrentHashMap<>();

    void duur(String stap, long nanos) {
        duur(stap, nanos, System.nanoTime() - nanos - begin);
    }

    /** A duration measured afterwards, from the wall-clock moment its step started. */
    void duur(String stap, long nanos, Instant gestart) {
        duur(stap, nanos, Duration.between(beginMoment, gestart).toNanos());
    }

    /**
     * Durations of steps that started in the first {@code inloop} of the run are not kept (failures still are): the
     * load generator's own JVM compiles and connects then, on the same cores as the system it measures.
     */
    void inloop(Duration inloop) {
        inloopNanos = inloop.toNanos();
    }

    private void duur(String stap, long nanos, long gestartNaBegin) {
        if (gestartNaBegin < inloopNanos) {
            return;
        }
        duren.computeIfAbsent(stap, s -> new ConcurrentLinkedQueue<>()).add(nanos);
        momenten.computeIfAbsent(stap, s -> new ConcurrentLinkedQueue<>()).add(new long[] {gestartNaBegin, nanos});
    }

    /**
     * Per step: when the slowest 1 % (at least one) started, in seconds since the run began, earliest first. Shows
     * whether the tail is spread over the run or bunched (e.g. in the first seconds, while the load generator's own
     * JVM is still compiling).
     */
    Map<String, List<Double>> staart() {
        Map<String, List<Double>> staart = new TreeMap<>();
        momenten.forEach((stap, waarden) -> {
            int aantal = Math.max(1, waarden.size() / 100);
            staart.put(stap, waarden.stream().sorted((a, b) -> Long.compare(b[1], a[1])).limit(aantal)
                    .map(w -> Math.round(w[0] / 100_000_000.0) / 10.0).sorted().toList());
        });
        return staart;
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
