package nl.veiligthuis.keten.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cleans up after a server process of an earlier run that was killed together with its parent JVM. */
final class StaleProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(StaleProcesses.class);

    private StaleProcesses() {
    }

    /**
     * Reads the pid on the first line of {@code pidFile}; stops that process if it is alive and matches
     * {@code isOurs} (guards against pid reuse), then deletes the pid file.
     */
    static void stop(Path pidFile, Predicate<ProcessHandle> isOurs, Duration gracePeriod) {
        if (!Files.exists(pidFile)) {
            return;
        }
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(isOurs)
                .ifPresent(process -> terminate(process, gracePeriod));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete stale pid file " + pidFile, e);
        }
    }

    static boolean commandLineContains(ProcessHandle process, String text) {
        return process.info().commandLine().map(line -> line.contains(text)).orElse(false);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Ignoring unreadable pid file {}", pidFile);
            return Optional.empty();
        }
    }

    private static void terminate(ProcessHandle process, Duration gracePeriod) {
        LOG.warn("Stopping process {} left over from an earlier run", process.pid());
        process.destroy();
        if (!awaitExit(process, gracePeriod)) {
            process.destroyForcibly();
            if (!awaitExit(process, gracePeriod)) {
                throw new IllegalStateException("Process " + process.pid() + " from an earlier run does not stop");
            }
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for process " + process.pid(), e);
        }
    }
}
