package nl.veiligthuis.keten.testinfra;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.veiligthuis.keten.embedded.DatabaseServer;
import nl.veiligthuis.keten.embedded.EmbeddedPostgresServer;
import nl.veiligthuis.keten.embedded.Ontwikkelconfiguratie;
import nl.veiligthuis.keten.embedded.PostgresDatabases;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * PostgreSQL and Kafka shared by all integration tests in one JVM: started on first use, stopped by a JVM shutdown
 * hook, so every Spring test context reuses them. Uses Testcontainers when Docker is available, else embedded
 * servers (zonky PostgreSQL and spring-kafka-test's KRaft broker).
 * <p>
 * Starting also sets the system properties {@code logging.level.org.apache.kafka}, {@code logging.level.kafka} and
 * {@code logging.level.state.change.logger} to WARN unless they are set already.
 */
public final class TestInfrastructure {

    private static final String POSTGRES_IMAGE = "postgres:17";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    private static final int PARTITIONS = 3;

    private static TestInfrastructure instance;

    private final DatabaseServer database;
    private final RunningKafka kafka;
    private final AtomicInteger databaseCounter = new AtomicInteger();
    private KafkaProducer<String, byte[]> producer;

    private TestInfrastructure(DatabaseServer database, RunningKafka kafka) {
        this.database = database;
        this.kafka = kafka;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
        }
        return instance;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL of {@code database}, created if absent (lower-case letters, digits and '_' only). */
    public String jdbcUrl(String database) {
        this.database.createDatabaseIfAbsent(database);
        return this.database.jdbcUrl(database);
    }

    /** Creates a new database named {@code prefix + "_" + counter} and returns its JDBC URL. */
    public String freshDatabase(String prefix) {
        return jdbcUrl(PostgresDatabases.sanitize(prefix) + "_" + databaseCounter.incrementAndGet());
    }

    /** The Spring properties of a service on this database: running as the service role, migrating as owner. */
    public Map<String, Object> databaseEigenschappen(String jdbcUrl) {
        return database.springEigenschappen(jdbcUrl);
    }

    /**
     * The same database as a service's, connected as its owner: for a test that changes the structure (a column, a
     * table of its own) or stages tampering the service's own role may not do.
     */
    public JdbcTemplate alsEigenaar(DataSource dienst) {
        try (Connection verbinding = dienst.getConnection()) {
            return alsEigenaar(verbinding.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the service's database URL", e);
        }
    }

    /** The database at {@code jdbcUrl}, connected as its owner. */
    public JdbcTemplate alsEigenaar(String jdbcUrl) {
        return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl, username(), password()));
    }

    public String username() {
        return database.username();
    }

    public String password() {
        return database.password();
    }

    /**
     * Spring properties for a fresh database named after {@code databasePrefix} and for the shared Kafka, in the
     * development mode: the services trust tokens minted with {@link Testtokens} (issue 13).
     */
    public Map<String, Object> springProperties(String databasePrefix) {
        Map<String, Object> properties = new LinkedHashMap<>(Ontwikkelconfiguratie.eigenschappen());
        properties.putAll(databaseEigenschappen(freshDatabase(databasePrefix)));
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers());
        return properties;
    }

    /**
     * The producer of CloudEvents records (key: the subject, value: the data) to the shared Kafka, as partners send
     * them: one per test JVM, shared by every test (a Kafka producer is thread-safe) and closed when the JVM ends.
     */
    public synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
            KafkaProducer<String, byte[]> gedeeld = producer;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> gedeeld.close(Duration.ofSeconds(5)),
                    "test-producer-sluiten"));
        }
        return producer;
    }

    /** The same, registered for a Spring test context: a fresh database named after {@code databasePrefix}. */
    public void registreer(DynamicPropertyRegistry registry, String databasePrefix) {
        springProperties(databasePrefix).forEach((key, value) -> registry.add(key, () -> value));
    }

    private static final Duration OPSTART_HOOGSTENS = Duration.ofMinutes(5);

    private static TestInfrastructure start() {
        KafkaLogLevels.quiet();
        boolean docker = DockerClientFactory.instance().isDockerAvailable();
        CompletableFuture<DatabaseServer> database = CompletableFuture.supplyAsync(
                () -> docker ? ContainerDatabaseServer.start(POSTGRES_IMAGE) : EmbeddedPostgresServer.startTemporary());
        RunningKafka kafka;
        try {
            kafka = docker ? startKafkaContainer() : startEmbeddedKafka();
        } catch (RuntimeException e) {
            database.thenAccept(DatabaseServer::close);
            throw e;
        }
        try {
            // a start that hangs (seen once, in the embedded PostgreSQL) fails the run instead of holding it for hours
            return new TestInfrastructure(database.orTimeout(OPSTART_HOOGSTENS.toMinutes(), TimeUnit.MINUTES).join(),
                    kafka);
        } catch (CompletionException e) {
            kafka.close();
            if (e.getCause() instanceof TimeoutException) {
                throw new IllegalStateException("de testdatabase startte niet binnen " + OPSTART_HOOGSTENS, e);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static RunningKafka startKafkaContainer() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(PARTITIONS));
        container.start();
        return new RunningKafka(container.getBootstrapServers(), container::stop);
    }

    private static RunningKafka startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.afterPropertiesSet();
        return new RunningKafka(broker.getBrokersAsString(), broker::destroy);
    }

    private void stop() {
        try {
            kafka.close();
        } finally {
            database.close();
        }
    }
}
