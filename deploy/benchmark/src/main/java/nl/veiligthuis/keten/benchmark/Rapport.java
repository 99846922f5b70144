package nl.veiligthuis.keten.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Prints a run's figures as a Markdown table, ready for docs/benchmarks.md. */
final class Rapport {

    private Rapport() {
    }

    private static double gib(long bytes) {
        return bytes / (1024.0 * 1024 * 1024);
    }

    static void druk(String scenario, Map<String, String> opties, Meting meting, long voltooid, Duration verstreken,
                     double maatstaf, Geheugen.Stand geheugen, double cpuSeconden) {
        double seconden = verstreken.toMillis() / 1000.0;
        double doorvoer = voltooid / seconden;
        System.out.printf(Locale.ROOT, "%n## %s %s — %s, %d cores%n%n", scenario, opties, Instant.now(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "- completed: %d in %.1f s = **%.1f/s**%s%n", voltooid, seconden, doorvoer,
                Double.isNaN(maatstaf) ? "" : String.format(Locale.ROOT, " (%.4f × the raw insert rate)",
                        doorvoer / maatstaf));
        System.out.printf(Locale.ROOT, "- errors: **%d** %s%n", meting.aantalFouten(), meting.fouten());
        if (!Double.isNaN(maatstaf)) {
            System.out.printf(Locale.ROOT, "- raw durable PostgreSQL inserts (10 connections, one row per commit): "
                    + "%.0f/s, i.e. %.3f ms per commit%n", maatstaf, 1000 / maatstaf);
        }
        System.out.printf(Locale.ROOT, "- resident memory of the whole system, max: **%.2f GiB** (PSS: services' JVM "
                        + "%.2f, Kafka %.2f, PostgreSQL %.2f); the processes' RSS summed, shared pages once per "
                        + "process: %.2f GiB%n", gib(geheugen.pss()), gib(geheugen.launcherPss()),
                gib(geheugen.kafkaPss()), gib(geheugen.postgresPss()), gib(geheugen.rss()));
        if (voltooid > 0 && cpuSeconden > 0) {
            int kernen = Runtime.getRuntime().availableProcessors();
            double perStuk = cpuSeconden / voltooid;
            System.out.printf(Locale.ROOT, "- CPU of the whole system (services, Kafka, PostgreSQL; not the load "
                    + "generator): %.1f s = %.1f ms per completed one, so %d cores carry at most %.0f/s%n",
                    cpuSeconden, perStuk * 1000, kernen, kernen / perStuk);
        }
        System.out.println();
        System.out.println("| step | n | p50 ms | p99 ms | max ms | p99 in raw commits |");
        System.out.println("|---|---|---|---|---|---|");
        for (var s : meting.samenvattingen()) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s |%n", s.stap(), s.aantal(), s.p50(),
                    s.p99(), s.max(), Double.isNaN(maatstaf) ? "–"
                            : String.format(Locale.ROOT, "%.1f", s.p99() / (1000 / maatstaf)));
        }
        System.out.println();
        meting.staart().forEach((stap, momenten) -> System.out.printf(Locale.ROOT,
                "- %s, the slowest 1 %% started at (s into the run): %s%n", stap, momenten));
    }
}
