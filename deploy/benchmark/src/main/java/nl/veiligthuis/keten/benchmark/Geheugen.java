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
