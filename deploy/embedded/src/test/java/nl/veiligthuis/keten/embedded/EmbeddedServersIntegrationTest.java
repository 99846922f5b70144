package nl.veiligthuis.keten.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServersIntegrationTest {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void temporaryPostgresAcceptsConnections() throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            assertThat(selectOne(server.jdbcUrl("postgres"), server.username(), server.password())).isEqualTo(1);
        }
    }

    /**
     * The run command's database is durable (issue 11 point 3) and runs the newest 17.x patch release on Maven Central
     * when it was last raised, 17.11 on 2026-12-07 (issue 13 point 9): an older binary would fail here.
     */
    @Test
    void postgresIsDurableAndTheCurrentPatchRelease(@TempDir Path dataDirectory) throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0);
             Connection connection = connect(server.jdbcUrl("postgres"), server.username(), server.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_setting('server_version_num')::int,"
                     + " current_setting('fsync'), current_setting('synchronous_commit')")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isBetween(170011, 179999);
            assertThat(rows.getString(2)).isEqualTo("on");
            assertThat(rows.getString(3)).isEqualTo("on");
        }
    }

    @Test
    void postgresRestartKeepsData(@TempDir Path dataDirectory) throws SQLException {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            server.createDatabaseIfAbsent("restart_check");
            execute(server, "create table note (text varchar(20)); insert into note values ('kept')");
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, 0))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            server.createDatabaseIfAbsent("restart_check");
            try (Connection connection = connect(server.jdbcUrl("restart_check"), server.username(),
                    server.password());
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select text from note")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
    }

    @Test
    void kafkaRestartKeepsRecords(@TempDir Path dataDirectory) throws Exception {
        String topic = "restart-check";
        int port = FreePorts.find();
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory, port)) {
            produce(broker.bootstrapServers(), topic, "kept");
            assertThat(consumeAll(broker.bootstrapServers(), topic)).containsExactly("kept");
        }
        try (KafkaBroker broker = KafkaBroker.start(dataDirectory, port)) {
            assertThat(consumeAll(broker.bootstrapServers(), topic)).containsExactly("kept");
        }
    }

    private static int selectOne(String jdbcUrl, String username, String password) throws SQLException {
        try (Connection connection = connect(jdbcUrl, username, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select 1")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server.jdbcUrl("restart_check"), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String jdbcUrl, String username, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    private static void produce(String bootstrapServers, String topic, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    /** Reads the topic from the beginning without a consumer group, until at least one record arrived. */
    private static List<String> consumeAll(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "check-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, KAFKA_TIMEOUT).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new ArrayList<>();
            await().atMost(KAFKA_TIMEOUT).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
            return values;
        }
    }
}
