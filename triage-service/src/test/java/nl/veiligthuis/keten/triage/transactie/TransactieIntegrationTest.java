package nl.veiligthuis.keten.triage.transactie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import nl.veiligthuis.keten.platform.axon.JoiningSpringTransactionManager;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import nl.veiligthuis.keten.triage.TriageServiceApplication;
import nl.veiligthuis.keten.triage.triage.TriageAfgerond;
import nl.veiligthuis.keten.triage.triage.TriageGeopend;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import nl.veiligthuis.keten.embedded.DatabaseServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11, point 1: one command is one database transaction. A subscribing handler that fails after a projection
 * row was written takes the command's events, its deadline, the row and the Kafka listener's inbox record (or the REST
 * request's Idempotency record) with it; a command that succeeds stores them all; no command holds two connections.
 * Its own consumer group and database, so it never shares partitions with the other triage contexts.
 */
@SpringBootTest(classes = TriageServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + TriageServiceApplication.NAAM,
                "spring.kafka.consumer.group-id=triage-transactie-it"})
@Import(TransactieIntegrationTest.FalendeProjectieConfiguratie.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// a consumer group of its own reads the topics from the start: first, before the other classes fill them
// (junit-platform.properties), and closed after itself
@Order(1)
@DirtiesContext
class TransactieIntegrationTest {

    /** Meldingen whose triage the test projection refuses. */
    static final Set<String> WEIGEREN = ConcurrentHashMap.newKeySet();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DEAD_LETTER = KetenTopics.deadLetter(KetenTopics.MELDING, TriageServiceApplication.NAAM);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionManager axonTransactionManager;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager platformTransactionManager;

    private final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();
    private TopicReader deadLetters;
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().registreer(registry, "triage_transactie");
    }

    @TestConfiguration
    static class FalendeProjectieConfiguratie {

        @Bean
        static BeanPostProcessor verbindingenTellen() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    return bean instanceof DataSource bron && "dataSource".equals(naam)
                            ? new VerbindingenPerDraad(bron) : bean;
                }
            };
        }

        @Bean
        FalendeProjectie falendeProjectie(JdbcTemplate jdbc) {
            return new FalendeProjectie(jdbc);
        }

        @Bean
        ConfigurerModule falendeProjectieInDezelfdeTransactie() {
            return configurer -> configurer.eventProcessing(processing -> processing
                    .registerSubscribingEventProcessor(FalendeProjectie.GROEP)
                    .registerListenerInvocationErrorHandler(FalendeProjectie.GROEP,
                            configuration -> PropagatingErrorHandler.instance()));
        }
    }

    /** Writes a row, then fails for the meldingen in {@link #WEIGEREN}: the row must not outlive the failure. */
    @ProcessingGroup(FalendeProjectie.GROEP)
    static class FalendeProjectie {

        static final String GROEP = "transactietest";

        private final JdbcTemplate jdbc;

        FalendeProjectie(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(TriageGeopend event) {
            schrijfEnWeiger("geopend", event.meldingId());
        }

        @EventHandler
        void on(TriageAfgerond event) {
            schrijfEnWeiger("afgerond", event.meldingId());
        }

        private void schrijfEnWeiger(String stap, String meldingId) {
            jdbc.update("INSERT INTO transactietest (stap, melding_id) VALUES (?, ?)", stap, meldingId);
            if (WEIGEREN.contains(meldingId)) {
                throw new IllegalStateException("test projection refuses " + stap);
            }
        }
    }

    @BeforeAll
    void connect() {
        // the service's own role owns nothing and may not create tables: the owner creates it and grants it
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        eigenaar.execute("CREATE TABLE IF NOT EXISTS transactietest (stap TEXT NOT NULL, melding_id TEXT NOT NULL)");
        eigenaar.execute("GRANT SELECT, INSERT, DELETE ON transactietest TO " + DatabaseServer.DIENSTROL);
        deadLetters = TopicReader.of(DEAD_LETTER);
    }

    @AfterAll
    void close() {
        deadLetters.close();
    }

    @Test
    void axonRunsOnSpringsTransactionManager() {
        assertThat(axonTransactionManager).isInstanceOf(JoiningSpringTransactionManager.class);
        // a unit of work that fails inside an enclosing transaction marks it rollback-only, as Spring's own would
        boolean[] alleenTerugdraaien = new boolean[1];
        new TransactionTemplate(platformTransactionManager).executeWithoutResult(omsluitend -> {
            axonTransactionManager.startTransaction().rollback();
            alleenTerugdraaien[0] = omsluitend.isRollbackOnly();
            omsluitend.setRollbackOnly();
        });
        assertThat(alleenTerugdraaien[0]).isTrue();
    }

    @Test
    void aFailingSubscribingHandlerLeavesNoEventNoDeadlineNoRowAndNoInboxRecord() throws Exception {
        String meldingId = UUID.randomUUID().toString();
        WEIGEREN.add(meldingId);
        String eventId = stuurMeldingOntvangen(meldingId);

        // retried five times, then parked: only then is it certain that no attempt committed anything
        await().atMost(Duration.ofSeconds(60)).until(() -> geparkeerd(eventId));
        assertThat(aantal("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", meldingId))
                .isZero();
        assertThat(deadlinesVan(meldingId)).isZero(); // R1's term was scheduled in the same command
        assertThat(aantal("SELECT count(*) FROM transactietest WHERE melding_id = ?", meldingId)).isZero();
        assertThat(aantal("SELECT count(*) FROM inbox_message WHERE event_id = ?", eventId)).isZero();
        assertThat(get("/api/v1/triages/" + meldingId).statusCode()).isEqualTo(404);
    }

    /**
     * D3: a poison record is parked, shows in a metric and in the beheer endpoint, and once the cause is fixed it is
     * replayed to its topic, handled exactly once, and never replayed a second time.
     */
    @Test
    void aParkedRecordIsCountedListedAndReplayedOnceAfterTheFix() throws Exception {
        String meldingId = UUID.randomUUID().toString();
        WEIGEREN.add(meldingId);
        String eventId = stuurMeldingOntvangen(meldingId);
        await().atMost(Duration.ofSeconds(60)).until(() -> geparkeerd(eventId));

        assertThat(get("/actuator/prometheus").body())
                .containsPattern("keten_kafka_geparkeerd_total\\{[^}]*topic=\"keten.melding.v1\"[^}]*} [1-9]");
        JsonNode bericht = await().atMost(Duration.ofSeconds(30)).until(() -> geparkeerdBericht(eventId),
                b -> b != null);
        assertThat(bericht.get("eventType").asString())
                .isEqualTo("nl.veilig-thuis.keten.melding.melding-ontvangen.v1");
        assertThat(bericht.get("origineelTopic").asString()).isEqualTo(KetenTopics.MELDING);
        assertThat(bericht.get("fout").asString()).isNotBlank();
        assertThat(bericht.has("data")).isFalse(); // no payload in the overview
        assertThat(bericht.get("herhaaldOp").isNull()).isTrue();
        String herhaling = "/api/v1/beheer/geparkeerde-berichten/" + bericht.get("topic").asString() + "/"
                + bericht.get("partitie").asInt() + "/" + bericht.get("offset").asLong() + "/herhaling";

        WEIGEREN.remove(meldingId); // the fix
        assertThat(post(herhaling).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/triages/" + meldingId).statusCode() == 200);
        assertThat(aantal("SELECT count(*) FROM inbox_message WHERE event_id = ?", eventId)).isEqualTo(1);
        assertThat(aantal("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%.TriageGeopend'", meldingId)).isEqualTo(1);

        assertThat(post(herhaling).statusCode()).isEqualTo(409);
        assertThat(geparkeerdBericht(eventId).get("herhaaldOp").isNull()).isFalse();
        assertThat(post("/api/v1/beheer/geparkeerde-berichten/keten.melding.v1.triage-service.dlt/0/999999/herhaling")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aSucceedingCommandStoresItsEventDeadlineRowAndInboxRecordTogether() throws Exception {
        String meldingId = UUID.randomUUID().toString();
        String eventId = stuurMeldingOntvangen(meldingId);

        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/triages/" + meldingId).statusCode() == 200);
        assertThat(aantal("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", meldingId))
                .isPositive();
        assertThat(deadlinesVan(meldingId)).isPositive(); // R1
        assertThat(aantal("SELECT count(*) FROM transactietest WHERE melding_id = ?", meldingId)).isEqualTo(1);
        assertThat(aantal("SELECT count(*) FROM inbox_message WHERE event_id = ?", eventId)).isEqualTo(1);
    }

    @Test
    void aRestCommandWhoseHandlerFailsStoresNoEvents() throws Exception {
        String meldingId = triageDieWeigert();
        long eventsVoor = eventsVan(meldingId);

        assertThat(besluit(meldingId, null).statusCode()).isEqualTo(500);
        // no TriageAfgerond, no Overdracht: only what the triage held before
        assertThat(eventsVan(meldingId)).isEqualTo(eventsVoor);
        assertThat(aantal("SELECT count(*) FROM transactietest WHERE melding_id = ? AND stap = 'afgerond'",
                meldingId)).isZero();
    }

    @Test
    void aRestCommandWhoseHandlerFailsStoresNeitherItsEventsNorItsIdempotencyRecord() throws Exception {
        String meldingId = triageDieWeigert();
        long eventsVoor = eventsVan(meldingId);
        String sleutel = UUID.randomUUID().toString();

        assertThat(besluit(meldingId, sleutel).statusCode()).isEqualTo(500);
        assertThat(eventsVan(meldingId)).isEqualTo(eventsVoor);
        assertThat(aantal("SELECT count(*) FROM transactietest WHERE melding_id = ? AND stap = 'afgerond'",
                meldingId)).isZero();
        assertThat(aantal("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", sleutel)).isZero();
    }

    private String triageDieWeigert() throws Exception {
        String meldingId = UUID.randomUUID().toString();
        stuurMeldingOntvangen(meldingId);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/triages/" + meldingId).statusCode() == 200);
        WEIGEREN.add(meldingId);
        return meldingId;
    }

    private HttpResponse<String> besluit(String meldingId, String idempotencyKey) throws Exception {
        var verzoek = Testtokens.verzoek(uri("/api/v1/triages/" + meldingId + "/besluit"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                         "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Geen acute onveiligheid",
                         "advies": "Gezinscoach inzetten"}"""));
        if (idempotencyKey != null) {
            verzoek.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long eventsVan(String meldingId) {
        return aantal("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", meldingId);
    }

    @Test
    void noThreadEverHoldsTwoConnections() throws Exception {
        String meldingId = UUID.randomUUID().toString();
        stuurMeldingOntvangen(meldingId);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/triages/" + meldingId).statusCode() == 200);
        var besluit = http.send(Testtokens.verzoek(uri("/api/v1/triages/" + meldingId + "/besluit"))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"uitkomst": "ONDERZOEK", "triagist": {"naam": "B. Bakker", "telefoon": "010-7654321"},
                         "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Zorgen over veiligheid kinderen"}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(besluit.statusCode()).isEqualTo(200);

        Map<String, Integer> hoogste = new java.util.HashMap<>(((VerbindingenPerDraad) dataSource).hoogstePerDraad());
        assertThat(hoogste).isNotEmpty();
        // "main" ran Flyway at start-up, which holds a lock connection beside its migration connection
        hoogste.remove("main");
        assertThat(hoogste).allSatisfy((draad, aantal) -> assertThat(aantal).as(draad).isEqualTo(1));
    }

    private String stuurMeldingOntvangen(String meldingId) throws Exception {
        String gezinId = UUID.randomUUID().toString();
        Instant ontvangenOp = Instant.now();
        String payload = EventContract.sample("melding-ontvangen.v1")
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("2026-11-20T14:05:00Z", ontvangenOp.toString());
        var event = new KetenEvent(UUID.randomUUID().toString(), "nl.veilig-thuis.keten.melding.melding-ontvangen.v1",
                URI.create("urn:nl-veilig-thuis:keten:melding-service"), gezinId, ontvangenOp, null, null, null, null,
                payload.getBytes(StandardCharsets.UTF_8));
        producer.send(CloudEventsKafkaCodec.encode(KetenTopics.MELDING, event)).get();
        return event.id();
    }

    private boolean geparkeerd(String eventId) {
        return deadLetters.records().stream()
                .anyMatch(record -> eventId.equals(CloudEventsKafkaCodec.decode(record).id()));
    }

    private JsonNode geparkeerdBericht(String eventId) throws Exception {
        for (JsonNode bericht : JSON.readTree(get("/api/v1/beheer/geparkeerde-berichten").body())) {
            if (eventId.equals(bericht.get("eventId").asString())) {
                return bericht;
            }
        }
        return null;
    }

    private HttpResponse<String> post(String pad) throws Exception {
        return http.send(Testtokens.verzoek(uri(pad)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long deadlinesVan(String meldingId) {
        return aantal("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') in task_data) > 0",
                meldingId);
    }

    private long aantal(String sql, String parameter) {
        return jdbc.queryForObject(sql, Long.class, parameter);
    }

    private HttpResponse<String> get(String pad) throws Exception {
        return http.send(Testtokens.verzoek(uri(pad)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + port + pad);
    }
}
