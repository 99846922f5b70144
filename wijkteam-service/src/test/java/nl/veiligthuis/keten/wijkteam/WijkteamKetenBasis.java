package nl.veiligthuis.keten.wijkteam;

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
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The integration tests that feed wijkteam-service CloudEvents and read what it publishes: an admin client, a
 * producer, a consumer of {@code keten.wijkteam.v1}, and the REST and event helpers they share. One context with the
 * other tests ({@link WijkteamIntegratieBasis}).
 */
public abstract class WijkteamKetenBasis extends WijkteamIntegratieBasis {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String OVERDRACHT_GEDAAN = "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1";
    protected static final String DEAD_LETTERS = KetenTopics.deadLetter(KetenTopics.TRIAGE, WijkteamServiceApplication.NAAM);
    protected static final String MEDEWERKER = "Fatima el Amrani";
    protected static final String TELEFOON = "010-2345678";
    protected static final String TOELICHTING = "Moeder wil geen hulp meer; de spanningen tussen de ouders zijn niet weg";
    protected static final Duration LANG = Duration.ofSeconds(60);
    protected static final String REGISSEUR_TOEGEWEZEN = "nl.veilig-thuis.keten.wijkteam.regisseur-toegewezen.v1";
    protected static final String FATIMA = regisseur("Fatima el Amrani", "010-2345678", "Minters");
    protected static final String JOOST = regisseur("Joost de Vries", "010-8765432", "Enver");
    protected static final String WISSELREDEN = "Fatima gaat met verlof; Joost kent het gezin al";

    protected Admin admin;
    protected final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();
    /** What the service published and parked: {@code keten.wijkteam.v1} and its dead-letter topic, from the start. */
    protected TopicReader topics;

    @BeforeAll
    protected void connect() throws Exception {
        String bootstrap = TestInfrastructure.get().bootstrapServers();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        try {
            admin.createTopics(List.of(new NewTopic(DEAD_LETTERS, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        topics = TopicReader.of(KetenTopics.WIJKTEAM, DEAD_LETTERS);
    }

    @AfterAll
    protected void close() {
        topics.close();
        admin.close();
    }

    /** A zaak opened by an overdracht-gedaan from triage, once the service shows it. */
    protected String zaakVan(String gezinId) throws Exception {
        return api.openZaak(gezinId);
    }

    protected void accepteer(String zaakId, String team) throws Exception {
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"" + team + "\", \"medewerker\": "
                + "{\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> team.equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("team").asString()));
    }

    protected static List<String> zaakIds(JsonNode werkvoorraad) {
        List<String> ids = new ArrayList<>();
        werkvoorraad.get("zaken").forEach(zaak -> ids.add(zaak.get("zaakId").asString()));
        return ids;
    }

    protected static JsonNode zaakIn(JsonNode werkvoorraad, String zaakId) {
        for (JsonNode zaak : werkvoorraad.get("zaken")) {
            if (zaak.get("zaakId").asString().equals(zaakId)) {
                return zaak;
            }
        }
        throw new AssertionError("zaak " + zaakId + " staat niet in de werkvoorraad");
    }

    protected static String opschaling(String tafel, String reden) {
        return "{\"tafel\": \"" + tafel + "\", \"reden\": \"" + reden + "\", \"toelichting\": \"Geen verandering\", "
                + "\"zichthouder\": " + regisseur("Joost de Vries", "010-8765432", "Enver") + ", "
                + "\"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}";
    }

    protected static String regisseur(String naam, String telefoon, String organisatie) {
        return """
                {"naam": "%s", "telefoon": "%s", "organisatie": "%s"}""".formatted(naam, telefoon, organisatie);
    }

    protected static String toewijzing(String regisseur, String reden) {
        return "{\"regisseur\": " + regisseur + (reden == null ? "" : ", \"reden\": \"" + reden + "\"") + "}";
    }

    /** The zaak's R10 signal only: the intake and the plans set their own signals at acceptance. */
    protected List<String> regieSignalen(String zaakId) throws Exception {
        return signalen(zaakId).stream().filter("GEEN_REGISSEUR"::equals).toList();
    }

    protected List<String> signalen(String zaakId) throws Exception {
        return api.signalen(zaakId);
    }

    protected List<ConsumerRecord<String, byte[]>> awaitRecords(String type, String zaakId, int aantal) {
        return api.records(type, zaakId, aantal);
    }

    protected static String terugmelding(String reden) {
        return """
                {"reden": %s, "toelichting": "%s", "medewerker": {"naam": "%s", "telefoon": "%s"}}"""
                .formatted(reden, TOELICHTING, MEDEWERKER, TELEFOON);
    }

    protected ProducerRecord<String, byte[]> overdrachtGedaan(String eventId, String overdrachtId, String gezinId) {
        return WijkteamApi.overdrachtGedaan(eventId, overdrachtId, gezinId);
    }

    /** A handover naming these persons (persoonId to rol). */
    protected ProducerRecord<String, byte[]> overdrachtGedaan(String eventId, String overdrachtId, String gezinId,
                                                              Map<String, String> leden) {
        return WijkteamApi.overdrachtGedaan(eventId, overdrachtId, gezinId, leden);
    }

    protected ProducerRecord<String, byte[]> anderType(String gezinId) {
        return CloudEventsKafkaCodec.encode(KetenTopics.TRIAGE, new KetenEvent(UUID.randomUUID().toString(),
                "nl.veilig-thuis.keten.triage.triage-afgerond.v1",
                URI.create("urn:nl-veilig-thuis:keten:triage-service"), gezinId, Instant.now(), null, null, null,
                null, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    protected RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's consumer group committed past {@code record}: it and everything before it was handled. */
    protected void awaitConsumed(RecordMetadata record) {
        ConsumerGroups.awaitCommittedPast(WijkteamServiceApplication.NAAM, record, LANG);
    }

    protected ConsumerRecord<String, byte[]> awaitRecord(String topic, String type, String zaakId) {
        return topics.await(r -> r.topic().equals(topic) && type.equals(TopicReader.type(r))
                && TopicReader.tekst(r).contains(zaakId), LANG);
    }

    protected static String header(ProducerRecord<String, byte[]> record, String naam) {
        return header(record.headers().lastHeader(naam));
    }

    protected static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    protected List<JsonNode> zaken(String gezinId) throws Exception {
        var response = get("/api/v1/zaken?gezinId=" + gezinId);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> zaken = new ArrayList<>();
        JSON.readTree(response.body()).forEach(zaken::add);
        return zaken;
    }

    /** The fields a 400 names, after checking it is a problem+json 400. */
    protected static List<String> invalidParams(HttpResponse<String> response) {
        return WijkteamApi.invalidParams(response);
    }

    protected HttpResponse<String> post(String path, String json) throws Exception {
        return api.post(path, json);
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return api.get(path);
    }
}
