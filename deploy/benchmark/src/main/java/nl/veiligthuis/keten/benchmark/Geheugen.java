package nl.veiligthuis.keten.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Resident memory and CPU of the whole system on this machine: the run command's JVM, the Kafka broker's JVM and
 * every PostgreSQL process, read from {@code /proc} (Linux).
 */
final class Geheugen {

    private Geheugen() {
    }

    /**
     * CPU time (user + system, in clock ticks of 10 ms) each process of the system has used so far, by pid. The
     * difference of two readings is the work a run cost; processes that ended in between are missed (few: the pools
     * keep their PostgreSQL backends).
     */
    static java.util.Map<String, Long> cpuTicks() {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        try (Stream<Path> processen = Files.list(Path.of("/proc"))) {
            processen.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(Geheugen::hoortBijKeten)
                    .forEach(p -> ticks.put(p.getFileName().toString(), cpu(p)));
        } catch (IOException fout) {
            return ticks;
        }
        return ticks;
    }

    /** CPU seconds the system used between two readings of {@link #cpuTicks()}. */
    static double cpuSeconden(java.util.Map<String, Long> voor, java.util.Map<String, Long> na) {
        long ticks = 0;
        for (var proces : na.entrySet()) {
            ticks += proces.getValue() - voor.getOrDefault(proces.getKey(), 0L);
        }
        return ticks / 100.0;
    }

    private static long cpu(Path proces) {
        try {
            String stat = Files.readString(proces.resolve("stat"));
            // the fields after the command name, which may hold spaces and ends with the last ')'
            String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(velden[11]) + Long.parseLong(velden[12]);
        } catch (IOException | RuntimeException verdwenen) {
            return 0;
        }
    }

    /**
     * Resident memory of the system now. {@code pss} divides every shared page among the processes that map it
     * (PostgreSQL's shared buffers, mapped by every backend, count once), so it is the system's real share of RAM;
     * {@code rss} sums each process's resident set and counts those pages once per process.
     */
    record Stand(long rss, long pss, long launcherPss, long kafkaPss, long postgresPss) {

        static final Stand LEEG = new Stand(0, 0, 0, 0, 0);

        Stand max(Stand ander) {
            return ander.pss > pss ? ander : this;
        }
    }

    static Stand stand() {
        long rss = 0;
        long[] pss = new long[3];
        try (Stream<Path> processen = Files.list(Path.of("/proc"))) {
            for (Path proces : processen.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                String opdracht = opdracht(proces);
                int soort = soort(opdracht);
                if (soort >= 0) {
                    rss += kilobytes(proces.resolve("status"), "VmRSS:");
                    pss[soort] += kilobytes(proces.resolve("smaps_rollup"), "Pss:");
                }
            }
        } catch (IOException fout) {
            return Stand.LEEG;
        }
        return new Stand(rss * 1024, (pss[0] + pss[1] + pss[2]) * 1024, pss[0] * 1024, pss[1] * 1024,
                pss[2] * 1024);
    }

    private static String opdracht(Path proces) {
        try {
            return new String(Files.readAllBytes(proces.resolve("cmdline"))).replace('\0', ' ');
        } catch (IOException | SecurityException verdwenen) {
            return "";
        }
    }

    private static boolean hoortBijKeten(Path proces) {
        return soort(opdracht(proces)) >= 0;
    }

    /** 0 the run command's JVM, 1 the Kafka broker's, 2 a PostgreSQL process, -1 not part of the system. */
    private static int soort(String opdracht) {
        if (opdracht.contains("KetenLauncher")) {
            return 0;
        }
        if (opdracht.contains("kafka.Kafka ")) {
            return 1;
        }
        return opdracht.startsWith("postgres") || opdracht.contains("/bin/postgres") ? 2 : -1;
    }

    private static long kilobytes(Path bestand, String veld) {
        try {
            for (String regel : Files.readAllLines(bestand)) {
                if (regel.startsWith(veld)) {
                    return Long.parseLong(regel.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException | SecurityException verdwenen) {
            return 0;
        }
        return 0;
    }
}
