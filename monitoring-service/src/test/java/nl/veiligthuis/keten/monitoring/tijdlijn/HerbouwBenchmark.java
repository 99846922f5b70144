package nl.veiligthuis.keten.monitoring.tijdlijn;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.monitoring.messaging.KafkaHerbouwbron;
import nl.veiligthuis.keten.platform.projectie.Herbouwstatus;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times a herbouw's load of the shadow table through the same code as the REST herbouw ({@link TijdlijnHerbouw}
 * with {@link KafkaHerbouwbron}), without Spring, against the embedded Kafka and PostgreSQL of the tests. Not a
 * test: run it by hand (docs/benchmarks.md). Argument: the number of events, default 100 000.
 */
public final class HerbouwBenchmark {

    private static final String TOPIC = "keten.herbouw-benchmark.v1";
    private static final int PARTITIES = 3;
    private static final int PER_GEZIN = 10;

    private HerbouwBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TestInfrastructure infra = TestInfrastructure.get();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(infra.freshDatabase("herbouw_benchmark"));
        pool.setUsername(infra.username());
        pool.setPassword(infra.password());
        // as the services run it (KetenDefaults): JDBC batches of inserts go as multi-row inserts
        pool.addDataSourceProperty("reWriteBatchedInserts", System.getProperty("reWriteBatchedInserts", "true"));
        try (HikariDataSource db = new HikariDataSource(pool)) {
            Flyway.configure().dataSource(db)
                    .locations("classpath:db/platform", "classpath:db/migration/monitoring-service")
                    .javaMigrations(new HashketenAanvulling()).load().migrate();
            long produceerStart = System.nanoTime();
            produceer(infra.bootstrapServers(), aantal);
            System.out.printf("produced %d events in %.1f s%n", aantal, seconden(System.nanoTime() - produceerStart));

            JsonMapper json = JsonMapper.builder().build();
            Clock klok = Clock.systemUTC();
            JdbcClient jdbcClient = JdbcClient.create(db);
            try (KafkaHerbouwbron bron = new KafkaHerbouwbron(
                    Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()), List.of(TOPIC))) {
                TijdlijnHerbouw herbouw = new TijdlijnHerbouw(new JdbcTemplate(db), new DataSourceTransactionManager(db),
                        new Tijdlijn(jdbcClient, json, klok, new Hashketen(jdbcClient)), bron, json, klok);
                long start = System.nanoTime();
                String herbouwId = herbouw.start().herbouwId();
                long geladen = 0;
                TijdlijnHerbouwstand stand = herbouw.van(herbouwId).orElseThrow();
                while (stand.herbouwstatus() == Herbouwstatus.LOOPT) {
                    Thread.sleep(20);
                    stand = herbouw.van(herbouwId).orElseThrow();
                    if (geladen == 0 && stand.teLezen() != null && stand.gelezen() == stand.teLezen()) {
                        geladen = System.nanoTime();
                    }
                }
                long klaar = System.nanoTime();
                if (stand.herbouwstatus() != Herbouwstatus.KLAAR) {
                    throw new IllegalStateException("herbouw " + stand.status() + ": " + stand.reden());
                }
                if (geladen == 0) {
                    geladen = klaar;
                }
                long rijen = new JdbcTemplate(db).queryForObject("SELECT count(*) FROM tijdlijn_herbouw", Long.class);
                double laden = seconden(geladen - start);
                System.out.printf("events=%d rows=%d ongeldig=%d gezinnen=%d%n", aantal, rijen, stand.ongeldig(),
                        stand.vergelijking().gezinnen());
                System.out.printf("load (Kafka -> tijdlijn_herbouw): %.2f s, %.0f events/s, %.1f s per million%n",
                        laden, aantal / laden, laden * 1_000_000 / aantal);
                System.out.printf("load + comparison with an empty live table (start -> KLAAR): %.2f s, "
                        + "%.1f s per million%n", seconden(klaar - start), seconden(klaar - start) * 1_000_000 / aantal);

                // the live table as the listener would have filled it (the chain is not compared), then compare again
                new JdbcTemplate(db).update("""
                        INSERT INTO tijdlijn_gebeurtenis (event_id, gezin_id, type, ce_type, tijdstip, bron, actor,
                            samenvatting, causation_id, correlation_id, dataref, kafka_topic, kafka_partition,
                            kafka_offset, ontvangen_op, feiten, hash)
                        SELECT event_id, gezin_id, type, ce_type, tijdstip, bron, actor, samenvatting, causation_id,
                            correlation_id, dataref, kafka_topic, kafka_partition, kafka_offset, ontvangen_op, feiten,
                            '-'
                        FROM tijdlijn_herbouw""");
                long vergelijkStart = System.nanoTime();
                Vergelijking vergelijking = herbouw.vergelijk(herbouwId);
                double vergelijken = seconden(System.nanoTime() - vergelijkStart);
                System.out.printf("comparison with a live table of the same %d rows: %.2f s (%d of %d gezinnen gelijk)%n",
                        rijen, vergelijken, vergelijking.gelijk(), vergelijking.gezinnen());
                System.out.printf("full herbouw estimate (load + comparison of both tables): %.1f s per million%n",
                        (laden + vergelijken) * 1_000_000 / aantal);
            }
        }
        System.exit(0);
    }

    private static void produceer(String bootstrap, int aantal) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIES, (short) 1))).all().get();
        }
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        Instant tijdstip = Instant.parse("2026-11-01T09:00:00Z");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            String gezinId = null;
            for (int i = 0; i < aantal; i++) {
                if (i % PER_GEZIN == 0) {
                    gezinId = UUID.randomUUID().toString();
                }
                String id = UUID.randomUUID().toString();
                String overdrachtId = UUID.randomUUID().toString();
                byte[] data = """
                        {"overdrachtId": "%s", "gezinId": "%s", "route": "NA_TRIAGE", "gemeente": "Vlaardingen",
                         "overdrachtGedaanOp": "%s", "actor": {"rol": "VT_MEDEWERKER", "organisatie": "Veilig Thuis"}}"""
                        .formatted(overdrachtId, gezinId, tijdstip).getBytes(StandardCharsets.UTF_8);
                KetenEvent event = new KetenEvent(id, "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1",
                        URI.create("urn:nl-veilig-thuis:keten:triage-service"), gezinId, tijdstip.plusSeconds(i),
                        URI.create("http://localhost:8082/api/v1/overdrachten/" + overdrachtId), id, null, null, data);
                producer.send(CloudEventsKafkaCodec.encode(TOPIC, event));
            }
            producer.flush();
        }
    }

    private static double seconden(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }
}
