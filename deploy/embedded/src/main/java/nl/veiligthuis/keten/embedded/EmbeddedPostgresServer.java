package nl.veiligthuis.keten.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky binaries) running as a child process on localhost.
 * <p>
 * The server accepts any password for user {@code postgres} (the cluster is initialised with trust authentication).
 */
public final class EmbeddedPostgresServer implements DatabaseServer {

    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    private static final Duration STALE_PROCESS_GRACE = Duration.ofSeconds(30);
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating the cluster there on first use and keeping it on close,
     * so data survives restarts. Durable: fsync and synchronous commit on. A server left running by a killed earlier run on the same directory is stopped
     * first. Port 0 picks any free port. No shutdown hook is registered: the caller closes the server.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            ensureNotInUse(dataDirectory);
            StaleProcesses.stop(dataDirectory.resolve("postmaster.pid"),
                    EmbeddedPostgresServer::isPostgres, STALE_PROCESS_GRACE);
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // zonky starts postgres with -F and synchronous_commit=off, test settings that can lose
                    // committed transactions in a power cut; later -c options win over -F
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on " + dataDirectory, e);
        }
    }

    /**
     * Starts PostgreSQL on any free port with data in a fresh temporary directory that is deleted on close. Without
     * fsync, as the data is thrown away anyway, but with synchronous commit: a commit has reached the operating
     * system before it returns, so killing the server process loses nothing committed (only a machine crash would).
     * A shutdown hook stops the server if the caller does not.
     */
    public static EmbeddedPostgresServer startTemporary() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setPGStartupWait(STARTUP_WAIT)
                    .setServerConfig("synchronous_commit", "on")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Temporary PostgreSQL did not start", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database unless it exists; names are restricted to lower-case letters, digits and '_'. */
    @Override
    public void createDatabaseIfAbsent(String name) {
        PostgresDatabases.createIfAbsent(jdbcUrl(MAINTENANCE_DATABASE), username(), password(), name);
    }

    /**
     * Fault injection: kills this server's postmaster and every backend with SIGKILL, as a crash of the machine's
     * database would, and starts a new server on the same directory and port, which replays its WAL (crash recovery).
     * Only for the fault suite; the old handle is unusable afterwards.
     */
    public EmbeddedPostgresServer crashAndRestart(Path dataDirectory) {
        int port = port();
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                var backends = postmaster.descendants().toList();
                postmaster.destroyForcibly();
                backends.forEach(ProcessHandle::destroyForcibly);
                postmaster.onExit().join();
                backends.forEach(backend -> backend.onExit().join());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.pid in " + dataDirectory, e);
        }
        try {
            postgres.close(); // releases zonky's lock on the directory; its pg_ctl stop finds nothing to stop
        } catch (IOException | RuntimeException expected) {
            // the server is gone already
        }
        return start(dataDirectory, port);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }

    /** Refuses a data directory whose zonky lock is held by a live JVM, so that its server is not killed. */
    private static void ensureNotInUse(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException(dataDirectory + " is in use by another running process");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(dataDirectory + " is already in use in this JVM", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // /proc/<pid>/exe, not the command line: PostgreSQL rewrites its process title
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }
}
