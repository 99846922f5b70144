package nl.veiligthuis.keten.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller combined) running in a child JVM that is started
 * from the Kafka jars on this JVM's classpath. Data, {@code server.properties}, {@code broker.log} and
 * {@code broker.pid} live in the data directory, so a broker restarted on the same directory keeps its records.
 * No shutdown hook is registered: the caller closes the broker.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;

    private final Process process;
    private final int port;
    private final Path pidFile;
    private final Path logFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaBroker(Process process, int port, Path pidFile, Path logFile) {
        this.process = process;
        this.port = port;
        this.pidFile = pidFile;
        this.logFile = logFile;
    }

    /**
     * Starts the broker with its PLAINTEXT listener on {@code localhost:port} (0 picks a free port) and waits until
     * it answers, at most 60 s. A broker left running on the same directory by a killed earlier run is stopped first.
     */
    public static KafkaBroker start(Path dataDirectory, int port) {
        BrokerFiles files = BrokerFiles.in(dataDirectory);
        StaleProcesses.stop(files.pidFile(), files::isBrokerProcess, SHUTDOWN_TIMEOUT);
        KafkaServerConfig config = new KafkaServerConfig(files.logDirectory(),
                port == 0 ? FreePorts.find() : port, FreePorts.find());
        config.writeTo(files.serverProperties());
        if (port != 0 && accepts(port)) {
            // another broker (or anything) there would answer in its stead, and the services would use it
            throw new IllegalStateException("Port " + port + " is in use: stop what listens there (a chain or a broker "
                    + "left running) and start again");
        }
        ChildJvm jvm = new ChildJvm(files.jvmOptions(), files.directory(), files.logFile());
        if (!Files.exists(files.logDirectory().resolve("meta.properties"))) {
            format(jvm, files);
        }
        KafkaBroker broker = new KafkaBroker(jvm.start("kafka.Kafka", files.serverProperties().toString()),
                config.port(), files.pidFile(), files.logFile());
        try {
            broker.writePidFile();
            broker.awaitReady();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Stops the broker with SIGTERM so it shuts down cleanly; kills it if it has not ended after 30 s. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            process.destroy();
            if (!process.waitFor(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            closeStreams();
            deletePidFile();
        }
    }

    private static void format(ChildJvm jvm, BrokerFiles files) {
        String clusterId = Uuid.randomUuid().toString();
        Process storageTool = jvm.start("kafka.tools.StorageTool", "format",
                "-t", clusterId, "-c", files.serverProperties().toString());
        try {
            if (!storageTool.waitFor(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                storageTool.destroyForcibly();
                throw new IllegalStateException("Formatting Kafka storage timed out" + logTail(files.logFile()));
            }
            if (storageTool.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed with exit code "
                        + storageTool.exitValue() + logTail(files.logFile()));
            }
        } catch (InterruptedException e) {
            storageTool.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        // waiting for the port first keeps the admin client from logging connection warnings
        while (!accepts(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited during start-up; see " + logFile);
            }
            pauseOrFail(deadline);
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            while (!answers(admin)) {
                pauseOrFail(deadline);
            }
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), (int) POLL_INTERVAL.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean answers(Admin admin) {
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000)).nodes().get().isEmpty();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    /** Waits one poll interval; fails when the broker process has ended or the deadline has passed. */
    private void pauseOrFail(Instant deadline) {
        try {
            if (process.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Kafka broker exited with code " + process.exitValue()
                        + " during startup" + logTail(logFile));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("Kafka broker did not answer on " + bootstrapServers() + " within "
                    + STARTUP_TIMEOUT.toSeconds() + " s" + logTail(logFile));
        }
    }

    private void writePidFile() {
        try {
            Files.writeString(pidFile, process.pid() + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + pidFile, e);
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + pidFile, e);
        }
    }

    private void closeStreams() {
        for (AutoCloseable stream : List.<AutoCloseable>of(process.getOutputStream(), process.getInputStream(),
                process.getErrorStream())) {
            try {
                stream.close();
            } catch (Exception ignored) {
                // the process has ended; nothing left to release
            }
        }
    }

    private static String logTail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return "; last lines of " + logFile + ":" + System.lineSeparator()
                    + String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES),
                    lines.size()));
        } catch (IOException e) {
            return "; " + logFile + " is not readable";
        }
    }
}
