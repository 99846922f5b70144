package nl.veiligthuis.keten.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Resident memory of the whole system on this machine: the run command's JVM, the Kafka broker's JVM and every
 * PostgreSQL process, read from {@code /proc} (Linux). PostgreSQL's shared buffers are counted once per process
 * that touched them, so the sum errs on the high side.
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

    static long residentBytes() {
        try (Stream<Path> processen = Files.list(Path.of("/proc"))) {
            return processen.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(Geheugen::hoortBijKeten)
                    .mapToLong(Geheugen::rss)
                    .sum();
        } catch (IOException fout) {
            return -1;
        }
    }

    private static boolean hoortBijKeten(Path proces) {
        try {
            String opdracht = new String(Files.readAllBytes(proces.resolve("cmdline"))).replace('\0', ' ');
            return opdracht.contains("KetenLauncher") || opdracht.contains("kafka.Kafka ")
                    || opdracht.startsWith("postgres") || opdracht.contains("/bin/postgres");
        } catch (IOException | SecurityException verdwenen) {
            return false;
        }
    }

    private static long rss(Path proces) {
        try {
            for (String regel : Files.readAllLines(proces.resolve("status"))) {
                if (regel.startsWith("VmRSS:")) {
                    return Long.parseLong(regel.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException verdwenen) {
            return 0;
        }
        return 0;
    }
}
