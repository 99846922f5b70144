package nl.veiligthuis.keten.wijkteam.zaak;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.platform.projectie.Herbouwstatus;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouwstand;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouw;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidGeregistreerd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times a herbouw of "zaakdossier" through the production code ({@link ProjectieHerbouw}, as the REST call does)
 * in a running wijkteam-service on the embedded PostgreSQL and Kafka of the tests. Not a test: run it by hand
 * (docs/benchmarks.md). It appends N events straight to the event store, serialized by the service's own event
 * serializer: per zaak ZaakGeopend, OverdrachtGeaccepteerd, RegisseurToegewezen and two GezinslidGeregistreerd.
 * The kafka-publisher is shut down first, so nothing is published. Arguments: the number of events (default
 * 100 000), then any Spring properties as {@code --name=value}.
 */
public final class ProjectieHerbouwBenchmark {

    private static final int PER_ZAAK = 5;
    private static final int BATCH = 5_000;

    private ProjectieHerbouwBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            meet(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void meet(String[] args) throws Exception {
        int aantal = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.get().springProperties("herbouw_benchmark"));
        properties.put("server.port", "0");
        properties.put("spring.config.name", WijkteamServiceApplication.NAAM);
        properties.put("logging.level.org.axonframework", "WARN");
        // as command-line arguments: they must win over the service's own configuration file
        List<String> argumenten = new ArrayList<>(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toList());
        // further arguments go to Spring as they are, e.g. --axon.eventhandling.processors.zaakdossier.batch-size=100
        argumenten.addAll(List.of(args).subList(Math.min(1, args.length), args.length));
        try (ConfigurableApplicationContext context =
                     new SpringApplication(WijkteamServiceApplication.class).run(argumenten.toArray(String[]::new))) {
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            processing.eventProcessor("kafka-publisher").ifPresent(EventProcessor::shutDown);
            StreamingEventProcessor zaakdossier = processing
                    .eventProcessor(ZaakdossierDigest.GROEP, StreamingEventProcessor.class).orElseThrow();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Serializer serializer = context.getBean("eventSerializer", Serializer.class);

            long start = System.nanoTime();
            long kop = voegToe(jdbc, serializer, aantal);
            System.out.printf("appended %d events in %.1f s%n", aantal, seconden(System.nanoTime() - start));

            // the live processor catches up first: the herbouw compares a full projection with a full projection
            long inhalen = System.nanoTime();
            while (zaakdossier.processingStatus().values().stream()
                    .noneMatch(status -> status.getCurrentPosition().orElse(-1) >= kop)) {
                Thread.sleep(50);
            }
            double ingehaald = seconden(System.nanoTime() - inhalen);
            System.out.printf("live catch-up of zaakdossier: %.1f s, %.0f events/s%n", ingehaald, aantal / ingehaald);

            // Axon alone: the store read as a stream from the start, every payload deserialized, no handler, no
            // unit of work; what a replay costs before any projection writes anything
            long lezen = System.nanoTime();
            long gelezenUitStore = 0;
            try (BlockingStream<TrackedEventMessage<?>> stroom =
                         context.getBean(EventStore.class).openStream(null)) {
                while (gelezenUitStore < aantal && stroom.hasNextAvailable(10, TimeUnit.SECONDS)) {
                    stroom.nextAvailable().getPayload();
                    gelezenUitStore++;
                }
            }
            double gelezenIn = seconden(System.nanoTime() - lezen);
            System.out.printf("event store read as a stream, payloads deserialized: %d events in %.2f s, %.0f events/s%n",
                    gelezenUitStore, gelezenIn, gelezenUitStore / gelezenIn);

            ProjectieHerbouw herbouw = context.getBean(ProjectieHerbouw.class);
            long t0 = System.nanoTime();
            ProjectieHerbouwstand stand = herbouw.start(ZaakdossierDigest.GROEP);
            long gestart = System.nanoTime();
            long gelezen = 0;
            while (stand.status() == Herbouwstatus.LOOPT) {
                Thread.sleep(20);
                stand = herbouw.van(ZaakdossierDigest.GROEP, stand.herbouwId()).orElseThrow();
                if (gelezen == 0 && stand.gelezen() != null && stand.gelezen() >= stand.teLezen()) {
                    gelezen = System.nanoTime();
                }
            }
            long klaar = System.nanoTime();
            if (stand.status() != Herbouwstatus.KLAAR) {
                throw new IllegalStateException("herbouw " + stand.status() + ": " + stand.reden());
            }
            gelezen = gelezen == 0 ? klaar : gelezen;
            double voorbereiden = seconden(gestart - t0);
            double replay = seconden(gelezen - gestart);
            double vergelijken = seconden(klaar - gelezen);
            double totaal = seconden(klaar - t0);
            System.out.printf("events=%d zaken=%d gezinnen voor=%d na=%d gelijk=%s afwijkend=%d%n", aantal,
                    aantal / PER_ZAAK, stand.gezinnenVoor(), stand.gezinnenNa(), stand.vergelijking().gelijk(),
                    stand.vergelijking().afwijkend());
            System.out.printf("start (shut down, digest before, reset): %.2f s%n", voorbereiden);
            System.out.printf("replay: %.2f s, %.0f events/s, %.1f s per million%n", replay, aantal / replay,
                    replay * 1_000_000 / aantal);
            System.out.printf("digest after + comparison (incl. up to 200 ms poll): %.2f s%n", vergelijken);
            System.out.printf("full herbouw start -> KLAAR: %.2f s, %.1f s per million%n", totaal,
                    totaal * 1_000_000 / aantal);
            ondergrens(context, aantal);
        }
    }

    /**
     * The floor under any replay of this group on this machine: the store read as a stream with every payload
     * deserialized and, at the same time on a second thread, only the group's final rows written by PostgreSQL's
     * fastest load path (COPY, into copies of the tables with the same indexes), with no handler logic at all. A
     * projection that computed every row for free and wrote each exactly once could not be faster than this.
     */
    private static void ondergrens(ConfigurableApplicationContext context, int aantal) throws Exception {
        // the copies are tables of the benchmark's own: created by the owner, not the service's role
        DataSource dataSource = TestInfrastructure.get().alsEigenaar(context.getBean(DataSource.class)).getDataSource();
        List<String> tabellen = context.getBeansOfType(ProjectieDigest.class).values().stream()
                .filter(digest -> digest.processingGroup().equals(ZaakdossierDigest.GROEP))
                .flatMap(digest -> digest.tabellen().stream()).map(ProjectieDigest.Tabel::naam).toList();
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        long rijen = 0;
        try (Connection verbinding = dataSource.getConnection()) {
            CopyManager copy = verbinding.unwrap(PGConnection.class).getCopyAPI();
            for (String tabel : tabellen) {
                ByteArrayOutputStream uit = new ByteArrayOutputStream();
                rijen += copy.copyOut("COPY " + tabel + " TO STDOUT (FORMAT binary)", uit);
                inhoud.put(tabel, uit.toByteArray());
                try (Statement statement = verbinding.createStatement()) {
                    statement.execute("DROP TABLE IF EXISTS kopie_" + tabel);
                    statement.execute("CREATE TABLE kopie_" + tabel + " (LIKE " + tabel + " INCLUDING ALL)");
                }
            }
        }
        System.out.printf("final rows of the group: %d in %d tables, %.2f rows per event%n", rijen, tabellen.size(),
                (double) rijen / aantal);
        ExecutorService schrijver = Executors.newSingleThreadExecutor();
        try {
            long start = System.nanoTime();
            Future<Long> geschreven = schrijver.submit(() -> {
                try (Connection verbinding = dataSource.getConnection()) {
                    verbinding.setAutoCommit(false);
                    CopyManager copy = verbinding.unwrap(PGConnection.class).getCopyAPI();
                    for (Map.Entry<String, byte[]> tabel : inhoud.entrySet()) {
                        copy.copyIn("COPY kopie_" + tabel.getKey() + " FROM STDIN (FORMAT binary)",
                                new ByteArrayInputStream(tabel.getValue()));
                    }
                    verbinding.commit();
                }
                return System.nanoTime();
            });
            long gelezen = 0;
            try (BlockingStream<TrackedEventMessage<?>> stroom =
                         context.getBean(EventStore.class).openStream(null)) {
                while (gelezen < aantal && stroom.hasNextAvailable(10, TimeUnit.SECONDS)) {
                    stroom.nextAvailable().getPayload();
                    gelezen++;
                }
            }
            long leesKlaar = System.nanoTime();
            long schrijfKlaar = geschreven.get();
            double samen = seconden(Math.max(leesKlaar, schrijfKlaar) - start);
            System.out.printf("floor: read %d events (%.2f s) while COPY writes the final rows (%.2f s): %.2f s, "
                    + "%.0f events/s%n", gelezen, seconden(leesKlaar - start), seconden(schrijfKlaar - start), samen,
                    aantal / samen);
        } finally {
            schrijver.shutdown();
            try (Connection verbinding = dataSource.getConnection(); Statement statement = verbinding.createStatement()) {
                for (String tabel : tabellen) {
                    statement.execute("DROP TABLE IF EXISTS kopie_" + tabel);
                }
            }
        }
    }

    /** Appends the events in batches; answers the highest global index. */
    private static long voegToe(JdbcTemplate jdbc, Serializer serializer, int aantal) {
        byte[] metaData = serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        Instant moment = Instant.parse("2026-06-01T09:00:00Z");
        Medewerker medewerker = new Medewerker("Benchmark Medewerker", "010-0000000");
        List<Object[]> rijen = new ArrayList<>(BATCH);
        for (int i = 0; i < aantal; i += PER_ZAAK) {
            String zaakId = UUID.randomUUID().toString();
            String gezinId = UUID.randomUUID().toString();
            String overdrachtId = UUID.randomUUID().toString();
            Instant op = moment.plusSeconds(i);
            List<Object> events = List.of(
                    new ZaakGeopend(zaakId, overdrachtId, UUID.randomUUID().toString(), gezinId, Route.NA_ONDERZOEK,
                            "Vlaardingen", UUID.randomUUID().toString(), op, op, null),
                    new OverdrachtGeaccepteerd(zaakId, overdrachtId, gezinId, "Vlaardingen", medewerker,
                            op.plusSeconds(1), "Westwijk"),
                    new RegisseurToegewezen(zaakId, gezinId, new Regisseur("Benchmark Regisseur", "010-0000001",
                            "Minters"), null, null, op.plusSeconds(2)),
                    new GezinslidGeregistreerd(zaakId, gezinId, "Vlaardingen", UUID.randomUUID().toString(),
                            GezinslidRol.OUDER, null, "moeder", medewerker, op.plusSeconds(3)),
                    new GezinslidGeregistreerd(zaakId, gezinId, "Vlaardingen", UUID.randomUUID().toString(),
                            GezinslidRol.KIND, null, "kind", medewerker, op.plusSeconds(4)));
            for (int volgnummer = 0; volgnummer < events.size() && i + volgnummer < aantal; volgnummer++) {
                SerializedObject<byte[]> payload = serializer.serialize(events.get(volgnummer), byte[].class);
                rijen.add(new Object[] {UUID.randomUUID().toString(), zaakId, volgnummer, "Zaak",
                        op.plusSeconds(volgnummer).toString(), payload.getType().getName(),
                        payload.getType().getRevision(), payload.getData(), metaData});
            }
            if (rijen.size() >= BATCH) {
                schrijf(jdbc, rijen);
            }
        }
        schrijf(jdbc, rijen);
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    private static void schrijf(JdbcTemplate jdbc, List<Object[]> rijen) {
        jdbc.batchUpdate("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rijen);
        rijen.clear();
    }

    private static double seconden(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }
}
