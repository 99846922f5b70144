package nl.veiligthuis.keten.wijkteam.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.ConsumerGroups;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.TopicReader;
import nl.veiligthuis.keten.wijkteam.WijkteamApi;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * R14 end to end in wijkteam-service, against a real PostgreSQL and Kafka: VT's monitoring contact arrives on the
 * zaak, the team answers it over REST and the answer is published without the goals. This context has a fresh
 * database, so it reads the topics in a consumer group of its own and is closed after the class: another
 * wijkteam-service context in the same group would take partitions, and their records, away from it.
 */
@SpringBootTest(classes = WijkteamServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + WijkteamServiceApplication.NAAM,
                "spring.kafka.consumer.group-id=" + MonitoringcontactIntegrationTest.GROEP})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// a consumer group of its own reads the topics from the start: first, before the other classes fill them
// (junit-platform.properties)
@Order(1)
class MonitoringcontactIntegrationTest {

    static final String GROEP = "wijkteam-service-monitoringcontact-it";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration LANG = Duration.ofSeconds(60);
    private static final String BEANTWOORD = "nl.veilig-thuis.keten.wijkteam.monitoringcontact-beantwoord.v1";
    private static final String DOEL = "Vader volgt de agressieregulatietraining";
    private static final String TOELICHTING = "Het gezin werkt goed mee; de spanningen thuis nemen af";
    private static final String MEDEWERKER = "Fatima el Amrani";
    private static final String TELEFOON = "010-2345678";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();
    private TopicReader wijkteamTopic;
    private WijkteamApi api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().registreer(registry, "wijkteam");
    }

    @BeforeAll
    void connect() {
        wijkteamTopic = TopicReader.of(KetenTopics.WIJKTEAM);
        api = new WijkteamApi(port);
    }

    @AfterAll
    void close() {
        wijkteamTopic.close();
        api.close();
    }

    @Test
    void r14_aContactOfVtMonitoringIsAnsweredOnTheGoalsAndPublishedWithoutThem() throws Exception {
        String overdrachtId = uuid();
        String gezinId = uuid();
        String monitoringId = uuid();
        String contactId = uuid();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        send(WijkteamApi.overdrachtGedaan(uuid(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> api.get("/api/v1/zaken/" + zaakId).statusCode() == 200);
        assertThat(api.post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}").statusCode())
                .isEqualTo(200);

        // R14: VT starts monitoring after the handover and records a contact on the agreed goals
        send(monitoringGestart(monitoringId, overdrachtId, gezinId));
        ProducerRecord<String, byte[]> contact = contactVastgelegd(uuid(), monitoringId, contactId, gezinId);
        send(contact);
        await().atMost(LANG).until(() -> contacten(zaakId).size() == 1);
        JsonNode ontvangenContact = contacten(zaakId).get(0);
        assertThat(ontvangenContact.get("contactId").asString()).isEqualTo(contactId);
        assertThat(ontvangenContact.get("monitoringId").asString()).isEqualTo(monitoringId);
        assertThat(ontvangenContact.get("aantalDoelenBesproken").asInt()).isEqualTo(2);
        assertThat(ontvangenContact.get("contactOp").isNull()).isFalse();
        assertThat(ontvangenContact.get("beantwoord").asBoolean()).isFalse();
        assertThat(ontvangenContact.get("antwoord").isNull()).isTrue();
        await().atMost(LANG).until(() -> signalen(zaakId).contains("MONITORINGCONTACT_ONBEANTWOORD"));

        // at-least-once: a redelivery (same ce_id) and a republication (new ce_id) of the contact change nothing
        send(contact);
        RecordMetadata laatste = send(contactVastgelegd(uuid(), monitoringId, contactId, gezinId));
        awaitConsumed(laatste);
        assertThat(contacten(zaakId)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(3);

        // R14: no answer without goals, nor to a contact VT did not make
        String pad = "/api/v1/zaken/" + zaakId + "/monitoringcontacten/" + contactId + "/antwoord";
        var leeg = api.post(pad, "{\"doelen\": [], \"medewerker\": {\"naam\": \" \"}}");
        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(WijkteamApi.invalidParams(leeg)).containsExactlyInAnyOrder("doelen", "medewerker.naam");
        var zonderStand = api.post(pad, "{\"doelen\": [{\"doel\": \" \"}], \"medewerker\": {\"naam\": \"X\"}}");
        assertThat(zonderStand.statusCode()).isEqualTo(400);
        assertThat(WijkteamApi.invalidParams(zonderStand)).containsExactlyInAnyOrder("doelen[0].doel", "doelen[0].stand");
        assertRegel(api.post("/api/v1/zaken/" + zaakId + "/monitoringcontacten/" + uuid() + "/antwoord", antwoord()),
                "R14");

        var antwoord = api.post(pad, antwoord());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        JsonNode vastgelegd = JSON.readTree(antwoord.body());
        assertThat(vastgelegd.get("contactId").asString()).isEqualTo(contactId);
        assertThat(vastgelegd.get("beantwoordOp").isNull()).isFalse();

        await().atMost(LANG).until(() -> contacten(zaakId).get(0).get("beantwoord").asBoolean());
        JsonNode beantwoord = contacten(zaakId).get(0).get("antwoord");
        assertThat(beantwoord.get("doelen")).hasSize(2);
        assertThat(beantwoord.at("/doelen/0/doel").asString()).isEqualTo(DOEL);
        assertThat(beantwoord.at("/doelen/0/stand").asString()).isEqualTo("IN_UITVOERING");
        assertThat(beantwoord.at("/doelen/1/stand").asString()).isEqualTo("BEHAALD");
        assertThat(beantwoord.get("toelichting").asString()).isEqualTo(TOELICHTING);
        assertThat(beantwoord.at("/medewerker/naam").asString()).isEqualTo(MEDEWERKER);
        await().atMost(LANG).until(() -> !signalen(zaakId).contains("MONITORINGCONTACT_ONBEANTWOORD"));

        // R14: each contact is answered once
        assertRegel(api.post(pad, antwoord()), "R14");

        ConsumerRecord<String, byte[]> gepubliceerd = awaitRecord(BEANTWOORD, zaakId);
        KetenEvent event = CloudEventsKafkaCodec.decode(gepubliceerd);
        assertThat(gepubliceerd.key()).isEqualTo(gezinId);
        assertThat(event.subject()).isEqualTo(gezinId);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId + "/monitoringcontacten");
        EventContract.assertValid("monitoringcontact-beantwoord.v1", gepubliceerd.value());
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("monitoringId").asString()).isEqualTo(monitoringId);
        assertThat(payload.get("contactId").asString()).isEqualTo(contactId);
        assertThat(payload.get("aantalDoelen").asInt()).isEqualTo(2);
        assertThat(payload.at("/standen/BEHAALD").asInt()).isEqualTo(1);
        assertThat(payload.at("/standen/IN_UITVOERING").asInt()).isEqualTo(1);
        assertThat(payload.at("/actor/organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");
        // D4: goals, toelichting and medewerker stay in wijkteam-service
        assertThat(new String(gepubliceerd.value(), StandardCharsets.UTF_8))
                .doesNotContain("agressie", "school", "spanningen", "Fatima", "Amrani", TELEFOON);
        for (Header header : gepubliceerd.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "agressie");
        }
    }

    @Test
    void r14_aContactWithoutAZaakIsSkippedAndOneWhoseZaakIsNotOpenYetIsParkedForReplay() throws Exception {
        // the monitoring is not linked to a zaak (its start was never read): nothing to answer, skipped;
        // linked to a zaak whose handover has not arrived yet: retried, then parked on the dead-letter topic
        String zaakloos = uuid();
        String nietGeopend = uuid();
        String gezinId = uuid();
        String geparkeerd = uuid();
        send(monitoringGestart(nietGeopend, uuid(), gezinId));
        send(contactVastgelegd(uuid(), zaakloos, uuid(), gezinId));
        RecordMetadata laatste = send(contactVastgelegd(geparkeerd, nietGeopend, uuid(), gezinId));
        awaitConsumed(laatste);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM zaak_monitoringcontact WHERE monitoring_id IN (?, ?)",
                Long.class, zaakloos, nietGeopend)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM monitoring_zaak WHERE monitoring_id = ?",
                Long.class, nietGeopend)).isEqualTo(1);
        try (var dlt = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "wijkteam-dlt-it-" + uuid(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            dlt.subscribe(List.of(KetenTopics.deadLetter(KetenTopics.MONITORING, WijkteamServiceApplication.NAAM)));
            List<String> ids = new ArrayList<>();
            await().atMost(LANG).until(() -> {
                dlt.poll(Duration.ofMillis(200)).forEach(record -> ids.add(
                        new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)));
                return ids.contains(geparkeerd);
            });
        }
        assertThat(api.get("/api/v1/zaken/" + OpenZaak.zaakIdVoor(uuid()) + "/monitoringcontacten").statusCode())
                .isEqualTo(404);
    }

    @Test
    void r14_theMonitoringEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = JSON.readTree(api.get("/api/v1/openapi.json").body());
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode paden = doc.get("paths");
        assertThat(paden.get("/api/v1/zaken/{zaakId}/monitoringcontacten").at("/get/summary").asString())
                .contains("R14");
        JsonNode post = paden.get("/api/v1/zaken/{zaakId}/monitoringcontacten/{contactId}/antwoord").get("post");
        assertThat(post.get("summary").asString()).contains("R14");
        assertThat(post.at("/requestBody/content/application~1json/examples").size()).isEqualTo(1);
    }

    private static String antwoord() {
        return """
                {"doelen": [{"doel": "%s", "stand": "IN_UITVOERING", "toelichting": "Vier van de acht"},
                            {"doel": "De kinderen gaan weer naar school", "stand": "BEHAALD"}],
                 "toelichting": "%s", "medewerker": {"naam": "%s", "telefoon": "%s"}}"""
                .formatted(DOEL, TOELICHTING, MEDEWERKER, TELEFOON);
    }

    private ProducerRecord<String, byte[]> monitoringGestart(String monitoringId, String overdrachtId,
                                                             String gezinId) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample("monitoring-gestart.v1"));
        payload.put("monitoringId", monitoringId);
        payload.put("overdrachtId", overdrachtId);
        payload.put("gezinId", gezinId);
        return event(KetenTopics.MONITORING, "monitoring-service", "monitoring.monitoring-gestart", gezinId, uuid(),
                "monitoring-gestart.v1", payload);
    }

    private ProducerRecord<String, byte[]> contactVastgelegd(String eventId, String monitoringId, String contactId,
                                                             String gezinId) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample("monitoring-contact-vastgelegd.v1"));
        payload.put("monitoringId", monitoringId);
        payload.put("contactId", contactId);
        payload.put("gezinId", gezinId);
        payload.put("contactOp", Instant.now().minusSeconds(3_600).toString());
        payload.put("aantalDoelenBesproken", 2);
        return event(KetenTopics.MONITORING, "monitoring-service", "monitoring.monitoring-contact-vastgelegd",
                gezinId, eventId, "monitoring-contact-vastgelegd.v1", payload);
    }

    private static ProducerRecord<String, byte[]> event(String topic, String service, String type, String gezinId,
                                                        String eventId, String schema, ObjectNode payload) {
        byte[] data = JSON.writeValueAsBytes(payload);
        EventContract.assertValid(schema, data);
        return CloudEventsKafkaCodec.encode(topic, new KetenEvent(eventId, "nl.veilig-thuis.keten." + type + ".v1",
                URI.create("urn:nl-veilig-thuis:keten:" + service), gezinId, Instant.now(), null,
                "correlatie-" + gezinId, null, null, data));
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This context's consumer group committed past {@code record}: it and everything before it was handled. */
    private void awaitConsumed(RecordMetadata record) {
        ConsumerGroups.awaitCommittedPast(GROEP, record, LANG);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String type, String zaakId) {
        return wijkteamTopic.await(r -> type.equals(TopicReader.type(r)) && TopicReader.tekst(r).contains(zaakId),
                LANG);
    }

    private List<JsonNode> contacten(String zaakId) throws Exception {
        var response = api.get("/api/v1/zaken/" + zaakId + "/monitoringcontacten");
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> contacten = new ArrayList<>();
        JSON.readTree(response.body()).get("contacten").forEach(contacten::add);
        return contacten;
    }

    private List<String> signalen(String zaakId) throws Exception {
        List<String> codes = new ArrayList<>();
        JSON.readTree(api.get("/api/v1/zaken/" + zaakId).body()).get("signalen").forEach(c -> codes.add(c.asString()));
        return codes;
    }

    private static void assertRegel(HttpResponse<String> response, String regel) {
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("regel").asString()).isEqualTo(regel);
    }


    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
