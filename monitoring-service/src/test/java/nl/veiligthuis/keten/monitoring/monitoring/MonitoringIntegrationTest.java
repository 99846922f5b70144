package nl.veiligthuis.keten.monitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.EventContract;
import nl.veiligthuis.keten.embedded.TestInfrastructure;
import nl.veiligthuis.keten.monitoring.MonitoringServiceApplication;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.tijd.Klok;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** monitoring-service against a real PostgreSQL and a real Kafka broker, fed with real CloudEvents. */
@SpringBootTest(classes = MonitoringServiceApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + MonitoringServiceApplication.NAAM)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MAX = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Klok klok;

    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> gepubliceerd = new ArrayList<>();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties("monitoring").forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    void connect() {
        String bootstrap = TestInfrastructure.get().bootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "monitoring-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(KetenTopics.MONITORING));
    }

    @AfterAll
    void close() {
        producer.close();
        consumer.close();
    }

    @Test
    void aHandoverAfterOnderzoekStartsMonitoringThatExpiresWithoutContact() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        Instant voorAanvang = klok.instant().minusSeconds(1);
        Instant overdrachtGedaanOp = klok.instant().minus(Duration.ofDays(1));
        // the melding's clock runs ahead of triage's: its tijdstip is later than the handover it led to
        KetenEvent melding = meldingOntvangen(gezinId, overdrachtGedaanOp.plusSeconds(300));
        KetenEvent overdracht = overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK", overdrachtGedaanOp,
                melding.id());
        send(KetenTopics.TRIAGE, overdracht);
        send(KetenTopics.MELDING, melding);

        // R19: every step in causal order, the monitoring's own event included (own topic round-trip)
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart");
        JsonNode tijdlijn = tijdlijn(gezinId);
        JsonNode gestart = tijdlijn.get("gebeurtenissen").get(2);
        assertThat(gestart.get("causationId").asString()).isEqualTo(overdracht.id());
        assertThat(gestart.get("bron").asString()).isEqualTo("monitoring-service");
        assertThat(gestart.get("actor").get("rol").asString()).isEqualTo("VT_MONITORING");
        assertThat(tijdlijn.get("gebeurtenissen").get(1).get("samenvatting").asString())
                .isEqualTo("Overdracht gedaan in gemeente Vlaardingen (route NA_ONDERZOEK)");
        // the actor is taken from the payload: the melder by kind, never a name
        assertThat(tijdlijn.get("gebeurtenissen").get(0).get("actor").get("rol").asString()).isEqualTo("MELDER_POLITIE");
        assertThat(tijdlijn.get("gebeurtenissen").get(0).get("actor").get("organisatie").asString()).isEqualTo("Politie");
        // R19: the timeline as it was known before anything arrived
        assertThat(json(get("/api/v1/gezinnen/" + gezinId + "/tijdlijn?bekendOp=" + voorAanvang))
                .get("gebeurtenissen")).isEmpty();

        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        JsonNode monitoringen = json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen");
        assertThat(monitoringen).hasSize(1);
        assertThat(monitoringen.get(0).get("monitoringId").asString()).isEqualTo(monitoringId);
        assertThat(monitoringen.get(0).get("status").asString()).isEqualTo("LOPEND");

        // a redelivered record changes nothing; an event of an unknown type still gets an entry
        send(KetenTopics.TRIAGE, overdracht);
        send(KetenTopics.TRIAGE, onbekend(gezinId));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "IetsNieuws");
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, monitoringId)).isEqualTo(1);

        // R14: three months without contact
        klok.verschuif(Duration.ofDays(93));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "IetsNieuws",
                "MonitoringVerlopen");
        // the overview is another processor than the publisher: it may come second
        await().atMost(MAX).until(() -> "VERLOPEN".equals(
                json(get("/api/v1/monitoringen/" + monitoringId)).get("status").asString()));
        ConsumerRecord<String, byte[]> verlopen = awaitRecord(gezinId, "monitoring-verlopen");
        EventContract.assertValid("monitoring-verlopen.v1", verlopen.value());
        KetenEvent event = CloudEventsKafkaCodec.decode(verlopen);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/monitoringen/" + monitoringId);
        assertThat(event.source()).hasToString("urn:nl-veilig-thuis:keten:monitoring-service");
        EventContract.assertValid("monitoring-gestart.v1", awaitRecord(gezinId, "monitoring-gestart").value());
    }

    @Test
    void aContactInTimeCompletesTheMonitoringAndKeepsTheGoalsInThisService() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        Instant overdrachtGedaanOp = klok.instant().minus(Duration.ofDays(2));
        // only a handover after onderzoek is monitored by Veilig Thuis (R14)
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, uuid(), "NA_TRIAGE", overdrachtGedaanOp, null));
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK", overdrachtGedaanOp, null));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen")).hasSize(1);

        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"doelenBesproken": ["Vader volgt de agressieregulatietraining", "Kinderen gaan weer naar school"],
                 "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(response.statusCode()).isEqualTo(201);

        awaitTijdlijn(gezinId, "OverdrachtGedaan", "OverdrachtGedaan", "MonitoringGestart",
                "MonitoringContactVastgelegd", "MonitoringAfgerond");
        JsonNode monitoring = json(get("/api/v1/monitoringen/" + monitoringId));
        assertThat(monitoring.get("status").asString()).isEqualTo("AFGEROND");
        assertThat(monitoring.get("contacten").get(0).get("doelenBesproken")).hasSize(2);

        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        // D4: free text and names stay in this service
        assertThat(new String(contact.value(), StandardCharsets.UTF_8))
                .doesNotContain("agressieregulatietraining", "Annemiek", "Vries");
        EventContract.assertValid("monitoring-afgerond.v1", awaitRecord(gezinId, "monitoring-afgerond").value());
    }

    @Test
    void r14_theWijkteamsAnswerToAContactShowsInTheOverviewAndOnTheTimeline() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK",
                klok.instant().minus(Duration.ofDays(3)), null));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"doelenBesproken": ["Vader volgt de agressieregulatietraining", "Kinderen gaan weer naar school"],
                 "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(response.statusCode()).isEqualTo(201);
        String contactId = json(response).get("contactId").asString();

        // the wijkteam answers the contact by its id, which the published contact now carries
        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        assertThat(JSON.readTree(contact.value()).get("contactId").asString()).isEqualTo(contactId);

        // after the monitoring was completed by the contact; the store keeps microseconds
        Instant beantwoordOp = klok.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        KetenEvent antwoord = antwoordWijkteam(gezinId, monitoringId, contactId, beantwoordOp,
                CloudEventsKafkaCodec.decode(contact).id());
        send(KetenTopics.WIJKTEAM, antwoord);
        await().atMost(MAX).until(() -> !json(get("/api/v1/monitoringen/" + monitoringId))
                .at("/contacten/0/antwoordWijkteam").isNull());
        JsonNode beantwoord = json(get("/api/v1/monitoringen/" + monitoringId)).at("/contacten/0/antwoordWijkteam");
        assertThat(Instant.parse(beantwoord.get("beantwoordOp").asString())).isEqualTo(beantwoordOp);
        assertThat(beantwoord.at("/standen/BEHAALD").asInt()).isEqualTo(1);
        assertThat(beantwoord.at("/standen/IN_UITVOERING").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId))
                .at("/monitoringen/0/contacten/0/antwoordWijkteam/beantwoordOp").isNull()).isFalse();

        // R19: the answer is on the gezin's timeline as counts, after the contact it answers
        awaitTijdlijn(gezinId, "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond", "MonitoringcontactBeantwoord");
        JsonNode opTijdlijn = tijdlijn(gezinId).get("gebeurtenissen").get(4);
        assertThat(opTijdlijn.get("samenvatting").asString())
                .isEqualTo("Monitoringcontact van VT beantwoord door wijkteam; 2 doel(en): 1 BEHAALD, 1 IN_UITVOERING");
        assertThat(opTijdlijn.get("bron").asString()).isEqualTo("wijkteam-service");

        // a redelivery, a republication under a new id and an answer to an unknown monitoring change no monitoring
        send(KetenTopics.WIJKTEAM, antwoord);
        send(KetenTopics.WIJKTEAM, antwoordWijkteam(gezinId, monitoringId, contactId, beantwoordOp, null));
        send(KetenTopics.WIJKTEAM, antwoordWijkteam(gezinId, uuid(), contactId, beantwoordOp, null));
        awaitTijdlijn(gezinId, "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond", "MonitoringcontactBeantwoord", "MonitoringcontactBeantwoord",
                "MonitoringcontactBeantwoord");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, monitoringId)).isEqualTo(4);
    }

    @Test
    void anInvalidContactIsRefusedNamingEveryField() throws Exception {
        var response = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"doelenBesproken": [], "medewerker": {"naam": ""}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> velden = new ArrayList<>();
        json(response).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("doelenBesproken", "medewerker.naam");

        var zonderMedewerker = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"doelenBesproken": [" "]}""");
        assertThat(zonderMedewerker.statusCode()).isEqualTo(400);
        assertThat(zonderMedewerker.body()).contains("doelenBesproken[0]", "medewerker");

        var toekomst = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"contactOp": "2999-01-01T00:00:00Z", "doelenBesproken": ["Veiligheid"],
                 "medewerker": {"naam": "X"}}""");
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("contactOp");

        var zonderGezin = get("/api/v1/monitoringen");
        assertThat(zonderGezin.statusCode()).isEqualTo(400);
        assertThat(zonderGezin.body()).contains("gezinId");
        assertThat(get("/api/v1/gezinnen/" + uuid() + "/tijdlijn?bekendOp=gisteren").statusCode()).isEqualTo(400);

        var onbekend = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"doelenBesproken": ["Veiligheid"], "medewerker": {"naam": "X"}}""");
        assertThat(onbekend.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownGezinHasAnEmptyTimeline() throws Exception {
        var response = get("/api/v1/gezinnen/" + uuid() + "/tijdlijn");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("gebeurtenissen")).isEmpty();
    }

    @Test
    void aMeldingKoppeledToAKnownGezinJoinsThatGezinsTimeline() throws Exception {
        // issue 3 point 3 and R19: one timeline per gezin, also for a melding first registered under a new gezinId
        String bekend = uuid();
        String voorlopig = uuid();
        send(KetenTopics.MELDING, meldingOntvangen(bekend, klok.instant().minusSeconds(3600)));
        send(KetenTopics.MELDING, meldingOntvangen(voorlopig, klok.instant()));
        awaitTijdlijn(bekend, "MeldingOntvangen");
        awaitTijdlijn(voorlopig, "MeldingOntvangen");
        Instant voorDeKoppeling = klok.instant();

        String data = EventContract.sample("melding-aan-gezin-gekoppeld.v1");
        JsonNode voorbeeld = JSON.readTree(data);
        data = data.replace(voorbeeld.get("gezinId").asString(), bekend)
                .replace(voorbeeld.get("vorigGezinId").asString(), voorlopig);
        EventContract.assertValid("melding-aan-gezin-gekoppeld.v1", data.getBytes(StandardCharsets.UTF_8));
        send(KetenTopics.MELDING, event("melding-service", "melding.melding-aan-gezin-gekoppeld", bekend,
                klok.instant(), null, null, data));

        awaitTijdlijn(bekend, "MeldingOntvangen", "MeldingOntvangen", "MeldingAanGezinGekoppeld");
        // as known before the koppeling, the gezin's timeline held only its own melding
        JsonNode toen = json(get("/api/v1/gezinnen/" + bekend + "/tijdlijn?bekendOp=" + voorDeKoppeling));
        assertThat(toen.get("gebeurtenissen")).hasSize(1);
    }

    private KetenEvent meldingOntvangen(String gezinId, Instant tijdstip) {
        String meldingId = uuid();
        String data = EventContract.sample("melding-ontvangen.v1")
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("2026-11-20T14:05:00Z", tijdstip.toString());
        EventContract.assertValid("melding-ontvangen.v1", data.getBytes(StandardCharsets.UTF_8));
        return event("melding-service", "melding.melding-ontvangen", gezinId, tijdstip,
                "http://localhost:8081/api/v1/meldingen/" + meldingId, null, data);
    }

    private KetenEvent overdrachtGedaan(String gezinId, String overdrachtId, String route, Instant op,
                                        String causationId) {
        String data = """
                {"overdrachtId": "%s", "meldingId": "%s", "gezinId": "%s", "route": "%s",
                 "gemeente": "Vlaardingen", "overdrachtGedaanOp": "%s", "onderzoekId": "%s",
                 "actor": {"rol": "VT_MEDEWERKER", "organisatie": "Veilig Thuis"}}"""
                .formatted(overdrachtId, uuid(), gezinId, route, op, uuid());
        return event("triage-service", "triage.overdracht-gedaan", gezinId, op,
                "http://localhost:8082/api/v1/overdrachten/" + overdrachtId, causationId, data);
    }

    private KetenEvent antwoordWijkteam(String gezinId, String monitoringId, String contactId, Instant beantwoordOp,
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

    private KetenEvent onbekend(String gezinId) {
        return event("triage-service", "triage.iets-nieuws", gezinId, klok.instant(), null, null, "{}");
    }

    private static KetenEvent event(String service, String type, String gezinId, Instant tijdstip, String dataref,
                                    String causationId, String data) {
        String id = uuid();
        return new KetenEvent(id, "nl.veilig-thuis.keten." + type + ".v1",
                URI.create("urn:nl-veilig-thuis:keten:" + service), gezinId, tijdstip,
                dataref == null ? null : URI.create(dataref), id, causationId, null,
                data.getBytes(StandardCharsets.UTF_8));
    }

    private void send(String topic, KetenEvent event) throws Exception {
        producer.send(CloudEventsKafkaCodec.encode(topic, event)).get();
    }

    private void awaitTijdlijn(String gezinId, String... types) {
        await().atMost(MAX).untilAsserted(() -> {
            List<String> gevonden = new ArrayList<>();
            tijdlijn(gezinId).get("gebeurtenissen").forEach(g -> gevonden.add(g.get("type").asString()));
            assertThat(gevonden).containsExactly(types);
        });
    }

    private JsonNode tijdlijn(String gezinId) throws Exception {
        var response = get("/api/v1/gezinnen/" + gezinId + "/tijdlijn");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String gezinId, String eventName) {
        String type = "nl.veilig-thuis.keten.monitoring." + eventName + ".v1";
        return await().atMost(MAX).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(gepubliceerd::add);
            return gepubliceerd.stream()
                    .filter(r -> gezinId.equals(r.key()))
                    .filter(r -> type.equals(new String(r.headers().lastHeader("ce_type").value(),
                            StandardCharsets.UTF_8)))
                    .findFirst().orElse(null);
        }, r -> r != null);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
