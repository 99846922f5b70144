package nl.veiligthuis.keten.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.testinfra.DienstIntegratieBasis;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Spring context for the integration tests of monitoring-service (issue 12 point 4): every context would join
 * the service's Kafka consumer group, and the group would split the partitions between contexts on different
 * databases. A test class that extends this one shares the context.
 */
@SpringBootTest(classes = MonitoringServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + MonitoringServiceApplication.NAAM,
                "keten.monitoring.werkvoorraad.metrics.eerste-verversing=PT0S",
                "keten.monitoring.werkvoorraad.metrics.verversing=PT0.5S"})
public abstract class MonitoringIntegratieBasis extends DienstIntegratieBasis {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final Duration MAX = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().registreer(registry, "monitoring");
    }

    @Autowired
    protected List<ProjectieDigest> digests;

    @Autowired
    protected Klok klok;

    @Autowired
    protected DataSource dataSource;

    @Autowired
    protected List<JavaMigration> javaMigraties;

    protected final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();
    /** What the service published on {@code keten.monitoring.v1}, read from the start in this class's own group. */
    protected final TopicReader monitoringTopic = TopicReader.of(KetenTopics.MONITORING);


    @AfterAll
    protected void close() {
        monitoringTopic.close();
    }

    protected KetenEvent triageSample(String naam, String gezinId) {
        String data = EventContract.sample(naam + ".v1").replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId);
        EventContract.assertValid(naam + ".v1", data.getBytes(StandardCharsets.UTF_8));
        Instant tijdstip = Instant.parse(JSON.readTree(data).get(naam.endsWith("gemist") ? "uiterlijkOp" : "contactOp")
                .asString());
        return event("triage-service", "triage." + naam, gezinId, tijdstip, null, null, data);
    }

    /** Three events on one partition, so they are stored, and chained, in the order sent. */
    protected List<String> stuurDrieGebeurtenissen(String gezinId) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String type : List.of("triage.triage-geopend", "triage.triage-gestart", "triage.triage-afgerond")) {
            KetenEvent event = event("triage-service", type, gezinId, klok.instant(), null, null, "{}");
            send(KetenTopics.TRIAGE, event);
            ids.add(event.id());
        }
        awaitTijdlijn(gezinId, "TriageGeopend", "TriageGestart", "TriageAfgerond");
        assertThat(jdbc.queryForList("SELECT event_id FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer",
                String.class, gezinId)).isEqualTo(ids);
        return ids;
    }

    protected KetenEvent meldingOntvangen(String gezinId, Instant tijdstip) {
        String meldingId = uuid();
        String data = EventContract.sample("melding-ontvangen.v1")
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("2026-11-20T14:05:00Z", tijdstip.toString());
        EventContract.assertValid("melding-ontvangen.v1", data.getBytes(StandardCharsets.UTF_8));
        return event("melding-service", "melding.melding-ontvangen", gezinId, tijdstip,
                "http://localhost:8081/api/v1/meldingen/" + meldingId, null, data);
    }

    /**
     * The melding a week before {@code voor} that every gezin's chain starts with: it makes Veilig Thuis of the
     * sample's regio (the test token's) involved with the gezin, so it may act on the gezin's monitoring (issue 13).
     */
    protected void meldingVooraf(String gezinId, Instant voor) throws Exception {
        send(KetenTopics.MELDING, meldingOntvangen(gezinId, voor.minus(Duration.ofDays(7))));
        await().atMost(MAX).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM ketenbetrokkenheid WHERE gezin_id = ?", Integer.class, gezinId) > 0);
    }

    protected KetenEvent overdrachtGedaan(String gezinId, String overdrachtId, String route, Instant op,
                                        String causationId) {
        return overdrachtGedaan(gezinId, overdrachtId, route, op, causationId, null);
    }

    protected KetenEvent overdrachtGedaan(String gezinId, String overdrachtId, String route, Instant op,
                                        String causationId, Integer aantalDoelen) {
        String data = """
                {"overdrachtId": "%s", "meldingId": "%s", "gezinId": "%s", "route": "%s",
                 "gemeente": "Vlaardingen", "overdrachtGedaanOp": "%s", "onderzoekId": "%s",%s
                 "actor": {"rol": "VT_MEDEWERKER", "organisatie": "Veilig Thuis"}}"""
                .formatted(overdrachtId, uuid(), gezinId, route, op, uuid(),
                        aantalDoelen == null ? "" : " \"aantalDoelen\": " + aantalDoelen + ",");
        EventContract.assertValid("overdracht-gedaan.v1", data.getBytes(StandardCharsets.UTF_8));
        return event("triage-service", "triage.overdracht-gedaan", gezinId, op,
                "http://localhost:8082/api/v1/overdrachten/" + overdrachtId, causationId, data);
    }

    protected KetenEvent antwoordWijkteam(String gezinId, String monitoringId, String contactId, Instant beantwoordOp,
                                        String causationId) {
        String zaakId = uuid();
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample("monitoringcontact-beantwoord.v1"));
        payload.put("zaakId", zaakId);
        payload.put("gezinId", gezinId);
        payload.put("monitoringId", monitoringId);
        payload.put("contactId", contactId);
        payload.put("beantwoordOp", beantwoordOp.toString());
        String data = JSON.writeValueAsString(payload);
        EventContract.assertValid("monitoringcontact-beantwoord.v1", data.getBytes(StandardCharsets.UTF_8));
        return event("wijkteam-service", "wijkteam.monitoringcontact-beantwoord", gezinId, beantwoordOp,
                "http://localhost:8083/api/v1/zaken/" + zaakId + "/monitoringcontacten", causationId, data);
    }

    protected KetenEvent overdrachtGeaccepteerd(String gezinId, String zaakId, String organisatie) {
        return wijkteamEvent("overdracht-geaccepteerd", gezinId, zaakId, organisatie, "geaccepteerdOp");
    }

    /** Accepted by one team of the wijkteam (the token's {@code team} claim of whoever accepted). */
    protected KetenEvent overdrachtGeaccepteerd(String gezinId, String zaakId, String organisatie, String team) {
        return wijkteamEvent("overdracht-geaccepteerd", gezinId, zaakId, organisatie, "geaccepteerdOp",
                payload -> payload.put("team", team));
    }

    protected KetenEvent zaakAfgesloten(String gezinId, String zaakId, String organisatie) {
        return wijkteamEvent("zaak-afgesloten", gezinId, zaakId, organisatie, "afgeslotenOp");
    }

    /** A wijkteam event from its contract sample, for this gezin, zaak and wijkteam, happening now. */
    protected KetenEvent wijkteamEvent(String naam, String gezinId, String zaakId, String organisatie, String moment) {
        return wijkteamEvent(naam, gezinId, zaakId, organisatie, moment, payload -> { });
    }

    private KetenEvent wijkteamEvent(String naam, String gezinId, String zaakId, String organisatie, String moment,
                                     Consumer<ObjectNode> aanvulling) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample(naam + ".v1"));
        payload.put("zaakId", zaakId);
        payload.put("gezinId", gezinId);
        payload.put(moment, klok.instant().toString());
        ((ObjectNode) payload.get("actor")).put("organisatie", organisatie);
        aanvulling.accept(payload);
        String data = JSON.writeValueAsString(payload);
        EventContract.assertValid(naam + ".v1", data.getBytes(StandardCharsets.UTF_8));
        return event("wijkteam-service", "wijkteam." + naam, gezinId, klok.instant(),
                "http://localhost:8083/api/v1/zaken/" + zaakId, null, data);
    }

    protected KetenEvent onbekend(String gezinId) {
        return event("triage-service", "triage.iets-nieuws", gezinId, klok.instant(), null, null, "{}");
    }

    protected static KetenEvent event(String service, String type, String gezinId, Instant tijdstip, String dataref,
                                    String causationId, String data) {
        String id = uuid();
        return new KetenEvent(id, "nl.veilig-thuis.keten." + type + ".v1",
                URI.create("urn:nl-veilig-thuis:keten:" + service), gezinId, tijdstip,
                dataref == null ? null : URI.create(dataref), id, causationId, null,
                data.getBytes(StandardCharsets.UTF_8));
    }

    protected void send(String topic, KetenEvent event) throws Exception {
        producer.send(CloudEventsKafkaCodec.encode(topic, event)).get();
    }

    protected void awaitTijdlijn(String gezinId, String... types) {
        await().atMost(MAX).untilAsserted(() -> {
            List<String> gevonden = new ArrayList<>();
            tijdlijn(gezinId).get("gebeurtenissen").forEach(g -> gevonden.add(g.get("type").asString()));
            assertThat(gevonden).containsExactly(types);
        });
    }

    /** Starts a herbouw and waits until it is no longer LOPEND; it must have ended KLAAR. */
    protected JsonNode herbouw() throws Exception {
        var gestart = post("/api/v1/beheer/tijdlijn/herbouw", "");
        assertThat(gestart.statusCode()).isEqualTo(202);
        String herbouwId = json(gestart).get("herbouwId").asString();
        assertThat(gestart.headers().firstValue("Location")).hasValueSatisfying(
                locatie -> assertThat(locatie).endsWith("/api/v1/beheer/tijdlijn/herbouw/" + herbouwId));
        JsonNode klaar = await().atMost(MAX).until(() -> json(get("/api/v1/beheer/tijdlijn/herbouw/" + herbouwId)),
                herbouw -> !"LOPEND".equals(herbouw.get("status").asString()));
        assertThat(klaar.get("status").asString()).isEqualTo("KLAAR");
        return klaar;
    }

    protected static List<String> gezinIds(JsonNode lijst) {
        List<String> ids = new ArrayList<>();
        lijst.forEach(id -> ids.add(id.asString()));
        return ids;
    }

    protected JsonNode verificatie(String gezinId) throws Exception {
        var response = get("/api/v1/gezinnen/" + gezinId + "/tijdlijn/verificatie");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    protected static List<String> eventIds(JsonNode tijdlijn) {
        List<String> ids = new ArrayList<>();
        tijdlijn.get("gebeurtenissen").forEach(g -> ids.add(g.get("eventId").asString()));
        return ids;
    }

    protected JsonNode tijdlijn(String gezinId) throws Exception {
        var response = get("/api/v1/gezinnen/" + gezinId + "/tijdlijn");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    protected ConsumerRecord<String, byte[]> awaitRecord(String gezinId, String eventName) {
        String type = "nl.veilig-thuis.keten.monitoring." + eventName + ".v1";
        return monitoringTopic.await(r -> gezinId.equals(r.key()) && type.equals(TopicReader.type(r)), MAX);
    }

    protected static ObjectNode sample(String naam, String gezinId) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample(naam));
        payload.put("gezinId", gezinId);
        return payload;
    }

    protected static JsonNode criterium(JsonNode toetsing, String criterium) {
        for (JsonNode t : toetsing.get("toetsingen")) {
            if (criterium.equals(t.get("criterium").asString())) {
                return t;
            }
        }
        throw new AssertionError("no " + criterium + " in " + toetsing);
    }

    protected static String uuid() {
        return UUID.randomUUID().toString();
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(Testtokens.verzoek(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> post(String path, String json, String token) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> delete(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path, token).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request with the bearer token, when there is one (ADR 0003). */
    protected HttpRequest.Builder verzoek(String path, String token) {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? verzoek : verzoek.header("Authorization", "Bearer " + token);
    }

    /**
     * Most tests send a gezin's events without the melding that makes Veilig Thuis involved with it, so they read as
     * the inspecteur, who reads every gezin; the operators' endpoints stay the beheerder's.
     */
    private static String leestoken(URI uri) {
        String werk = Testtokens.voorWerk(uri);
        return werk.equals(Testtokens.beheerder()) ? werk : Testtokens.inspecteur();
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return getUrl("http://localhost:" + port + path);
    }

    protected HttpResponse<String> getUrl(String url) throws Exception {
        URI uri = URI.create(url);
        return HttpClient.newHttpClient().send(Testtokens.verzoek(uri, leestoken(uri)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
