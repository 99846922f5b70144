package nl.veiligthuis.keten.melding.schaal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.veiligthuis.keten.embedded.Ontwikkelconfiguratie;
import nl.veiligthuis.keten.melding.MeldingServiceApplication;
import nl.veiligthuis.keten.melding.melding.Meldingverzoeken;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of melding-service on one database and one Kafka (issue 11, point 7): one in this JVM, one in a
 * JVM of its own that the test kills with SIGKILL. They share every event processor's segments and the consumer
 * group's partitions; a projection herbouw, which needs every segment, is refused while the other holds some; a burst
 * sent to both is published exactly once; when the second dies the first takes all its work and nothing is lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TweeInstantiesIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration OPSTART = Duration.ofSeconds(120);
    private static final Duration OVERNAME = Duration.ofSeconds(90);
    private static final int SEGMENTEN = 4;

    private final String groep = "melding-schaal-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ConfigurableApplicationContext eerste;
    private Process tweede;
    private JdbcTemplate jdbc;
    private TopicReader meldingTopic;
    private int eerstePoort;
    private int tweedePoort;

    @BeforeAll
    void startTweeInstanties() throws Exception {
        TestInfrastructure infra = TestInfrastructure.get();
        Map<String, String> eigenschappen = new HashMap<>(Ontwikkelconfiguratie.eigenschappen());
        eigenschappen.put("spring.datasource.url", infra.freshDatabase("melding_schaal"));
        eigenschappen.put("spring.datasource.username", infra.username());
        eigenschappen.put("spring.datasource.password", infra.password());
        eigenschappen.put("spring.kafka.bootstrap-servers", infra.bootstrapServers());
        // a group of their own: the other test classes' contexts in this JVM must not take these partitions
        eigenschappen.put("spring.kafka.consumer.group-id", groep);
        eigenschappen.put("keten.axon.verdeling-interval", "2s");

        meldingTopic = TopicReader.of(KetenTopics.MELDING);

        eigenschappen.put("server.port", "0");
        // as arguments: they must outrank the service's own configuration file, as they do for the second instance
        eerste = MeldingServiceApplication.builder().run(argumenten(eigenschappen).toArray(String[]::new));
        eerstePoort = ((WebServerApplicationContext) eerste).getWebServer().getPort();
        jdbc = eerste.getBean(JdbcTemplate.class);
        await().atMost(OPSTART).until(() -> status(eerstePoort, "/actuator/health/readiness") == 200);
        // the first instance alone holds every segment
        await().atMost(OPSTART).until(() -> verdeling().values().stream().allMatch(eigenaars -> eigenaars.size() == 1
                && eigenaars.values().iterator().next() == SEGMENTEN));

        tweedePoort = vrijePoort();
        eigenschappen.put("server.port", String.valueOf(tweedePoort));
        tweede = startTweede(eigenschappen);
        await().atMost(OPSTART).until(() -> status(tweedePoort, "/actuator/health/readiness") == 200);
    }

    @AfterAll
    void stop() {
        if (tweede != null) {
            tweede.destroyForcibly();
        }
        if (eerste != null) {
            eerste.close();
        }
        if (meldingTopic != null) {
            meldingTopic.close();
        }
    }

    @Test
    void twoInstancesShareTheWorkAndTheSurvivorTakesOverWhenOneDies() throws Exception {
        // segments: every streaming processor has two owners with two segments each
        await().atMost(OVERNAME).untilAsserted(() -> assertThat(verdeling()).isNotEmpty().allSatisfy(
                (processor, eigenaars) -> assertThat(eigenaars.values()).as(processor).containsExactly(2, 2)));
        // partitions: both instances are members of the consumer group with partitions of their own
        await().atMost(OVERNAME).untilAsserted(() -> assertThat(leden()).hasSize(2)
                .allSatisfy(lid -> assertThat(lid.assignment().topicPartitions()).isNotEmpty()));

        // a projection herbouw needs every segment: while the other instance holds two it is refused, and the
        // refusing instance goes on with the segments it had
        HttpResponse<String> herbouw = http.send(Testtokens.verzoek(URI.create("http://localhost:" + eerstePoort
                        + "/api/v1/beheer/projecties/melding-overzicht/herbouw"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(herbouw.statusCode()).as(herbouw.body()).isEqualTo(409);
        assertThat(herbouw.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(herbouw.body()).get("title").asString())
                .isEqualTo("Projectie in gebruik door een andere instantie");
        assertThat(jdbc.queryForList("SELECT status FROM projectie_herbouw WHERE projectie = 'melding-overzicht'",
                String.class)).containsExactly("MISLUKT");
        await().atMost(OVERNAME).untilAsserted(() -> assertThat(verdeling()).allSatisfy(
                (processor, eigenaars) -> assertThat(eigenaars.values()).as(processor).containsExactly(2, 2)));

        // a burst at both instances: each melding is stored once and published once
        Set<String> eersteGolf = burst(100);
        awaitGepubliceerd(eersteGolf);
        await().atMost(OVERNAME).until(() -> jdbc.queryForObject("SELECT count(*) FROM melding_overzicht",
                Long.class) == 100);

        tweede.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // meldingen after the death, only at the survivor: their gezinnen hash to all segments, so they are
        // published only once the survivor has claimed the dead instance's segments
        Set<String> tweedeGolf = burst(60, eerstePoort);
        awaitGepubliceerd(tweedeGolf);
        await().atMost(OVERNAME).untilAsserted(() -> assertThat(verdeling()).allSatisfy(
                (processor, eigenaars) -> assertThat(eigenaars.values()).as(processor).containsExactly(SEGMENTEN)));
        await().atMost(OVERNAME).untilAsserted(() -> assertThat(leden()).singleElement()
                .satisfies(lid -> assertThat(lid.assignment().topicPartitions()).hasSize(3)));
        await().atMost(OVERNAME).until(() -> status(eerstePoort, "/actuator/health/readiness") == 200);

        // a last, longer poll: a duplicate published late must still be counted
        Map<String, Integer> gepubliceerd = gepubliceerd(Duration.ofSeconds(2));
        Set<String> alle = new HashSet<>(eersteGolf);
        alle.addAll(tweedeGolf);
        assertThat(alle).allSatisfy(id -> assertThat(gepubliceerd.get(id)).as(id).isEqualTo(1));
        await().atMost(OVERNAME).until(() -> jdbc.queryForObject("SELECT count(*) FROM melding_overzicht",
                Long.class) == 160);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry",
                Long.class)).isEqualTo(160);
    }

    private Set<String> burst(int aantal, int... poorten) throws Exception {
        int[] doelen = poorten.length == 0 ? new int[] {eerstePoort, tweedePoort} : poorten;
        // fewer clients than the 12 requests a service admits at once: a slow takeover must not turn into 503s
        return Meldingverzoeken.burst(aantal, 10, doelen);
    }

    private void awaitGepubliceerd(Set<String> meldingIds) {
        await().atMost(OVERNAME).until(() -> {
            return gepubliceerd(Duration.ofMillis(500)).keySet().containsAll(meldingIds);
        });
    }

    /** Per melding, how many melding-ontvangen records were published for it. */
    private Map<String, Integer> gepubliceerd(Duration wachttijd) {
        Map<String, Integer> aantallen = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : meldingTopic.records(wachttijd)) {
            var event = CloudEventsKafkaCodec.decode(record);
            if (event.type().endsWith("melding-ontvangen.v1")) {
                aantallen.merge(JSON.readTree(event.data()).get("meldingId").asString(), 1, Integer::sum);
            }
        }
        return aantallen;
    }

    /** Per streaming processor: the number of segments each owner holds. */
    /**
     * Per processor: how many segments each instance holds. A released segment (no owner) is nobody's: counting it
     * as an owner let "2 + 2" pass while one instance held 2 and the other none.
     */
    private Map<String, Map<String, Integer>> verdeling() {
        Map<String, Map<String, Integer>> verdeling = new HashMap<>();
        jdbc.query("SELECT processor_name, owner FROM token_entry", rs -> {
            Map<String, Integer> eigenaars = verdeling.computeIfAbsent(rs.getString(1), p -> new HashMap<>());
            if (rs.getString(2) != null) {
                eigenaars.merge(rs.getString(2), 1, Integer::sum);
            }
        });
        return verdeling;
    }

    private List<MemberDescription> leden() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().bootstrapServers()))) {
            return List.copyOf(admin.describeConsumerGroups(List.of(groep)).all().get(10, TimeUnit.SECONDS)
                    .get(groep).members());
        }
    }

    private int status(int poort, String pad) {
        try {
            return http.send(Testtokens.verzoek(URI.create("http://localhost:" + poort + pad))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Process startTweede(Map<String, String> eigenschappen) throws IOException {
        List<String> opdracht = new ArrayList<>();
        opdracht.add(ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        opdracht.add("-Xmx512m");
        opdracht.add("-cp");
        opdracht.add(System.getProperty("java.class.path"));
        opdracht.add(MeldingServiceApplication.class.getName());
        opdracht.addAll(argumenten(eigenschappen));
        Path log = Files.createDirectories(Path.of("target")).resolve("tweede-instantie.log");
        return new ProcessBuilder(opdracht).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    }

    private static List<String> argumenten(Map<String, String> eigenschappen) {
        return eigenschappen.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
