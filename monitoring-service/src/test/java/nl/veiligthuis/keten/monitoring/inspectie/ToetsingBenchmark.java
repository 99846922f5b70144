package nl.veiligthuis.keten.monitoring.inspectie;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.monitoring.tijdlijn.Tijdlijn;
import nl.veiligthuis.keten.monitoring.tijdlijn.TijdlijnGebeurtenis;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the inspection overview ({@link Inspectie#overzicht}) and the CSV pass ({@link Inspectie#toetsAlle}) over N
 * gezinnen, each with the good-practice history of {@link ToetsingskaderTest} (27 timeline entries with their
 * facts), stored straight into a freshly migrated embedded PostgreSQL. Not a test: run it by hand
 * (docs/benchmarks.md). Argument: the number of gezinnen, default 10 000.
 */
public final class ToetsingBenchmark {

    /** After the last step of the history, when every entry had been received. */
    private static final Instant NA_AFLOOP = Instant.parse("2027-06-10T12:00:00Z");

    private ToetsingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int gezinnen = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        TestInfrastructure infra = TestInfrastructure.get();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(infra.freshDatabase("toetsing_benchmark"));
        pool.setUsername(infra.username());
        pool.setPassword(infra.password());
        try (HikariDataSource db = new HikariDataSource(pool)) {
            Flyway.configure().dataSource(db)
                    .locations("classpath:db/platform", "classpath:db/migration/monitoring-service")
                    .load().migrate();
            JsonMapper json = JsonMapper.builder().build();
            List<TijdlijnGebeurtenis> geschiedenis = ToetsingskaderTest.goedePraktijk().stappen();
            long laadStart = System.nanoTime();
            laad(new JdbcTemplate(db), json, geschiedenis, gezinnen);
            System.out.printf("stored %d gezinnen, %d entries in %.1f s%n", gezinnen,
                    (long) gezinnen * geschiedenis.size(), seconden(System.nanoTime() - laadStart));

            JdbcClient jdbc = JdbcClient.create(db);
            Inspectie inspectie = new Inspectie(new Tijdlijn(jdbc, json, Clock.systemUTC(), null), Clock.systemUTC());
            for (int ronde = 1; ronde <= 2; ronde++) {
                long start = System.nanoTime();
                Toetsingsoverzicht overzicht = inspectie.overzicht(NA_AFLOOP, null, null);
                double overzichtDuur = seconden(System.nanoTime() - start);
                start = System.nanoTime();
                AtomicLong regels = new AtomicLong();
                inspectie.toetsAlle(NA_AFLOOP, null, null, gezin -> regels.addAndGet(gezin.toetsingen().size()));
                System.out.printf("round %d: overzicht of %d gezinnen in %.1f s (%.0f gezinnen/s); "
                                + "CSV pass, %d lines, in %.1f s%n", ronde, overzicht.gezinnen(), overzichtDuur,
                        overzicht.gezinnen() / overzichtDuur, regels.get(), seconden(System.nanoTime() - start));
            }
        }
        // the embedded Kafka broker of the test infrastructure keeps the JVM alive
        System.exit(0);
    }

    private static void laad(JdbcTemplate jdbc, JsonMapper json, List<TijdlijnGebeurtenis> geschiedenis,
                             int gezinnen) {
        List<Object[]> rijen = new ArrayList<>();
        long offset = 0;
        for (int g = 0; g < gezinnen; g++) {
            String gezinId = UUID.randomUUID().toString();
            for (TijdlijnGebeurtenis stap : geschiedenis) {
                rijen.add(new Object[] {UUID.randomUUID().toString(), gezinId, stap.type(), stap.ceType(),
                        Timestamp.from(stap.tijdstip()), stap.bron(), json.writeValueAsString(stap.actor()),
                        stap.samenvatting(), "keten.benchmark.v1", 0, offset++, Timestamp.from(stap.tijdstip()),
                        "0".repeat(64), json.writeValueAsString(stap.feiten())});
            }
            if (rijen.size() >= 10_000) {
                schrijf(jdbc, rijen);
            }
        }
        schrijf(jdbc, rijen);
    }

    private static void schrijf(JdbcTemplate jdbc, List<Object[]> rijen) {
        jdbc.batchUpdate("""
                INSERT INTO tijdlijn_gebeurtenis (event_id, gezin_id, type, ce_type, tijdstip, bron, actor,
                    samenvatting, kafka_topic, kafka_partition, kafka_offset, ontvangen_op, hash, feiten)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""", rijen);
        rijen.clear();
    }

    private static double seconden(long nanos) {
        return nanos / 1e9;
    }
}
