package nl.veiligthuis.keten.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared context of triage-service's integration tests, driven through Kafka and REST as the chain drives them
 * (issue 12 point 4): a producer for incoming CloudEvents, a consumer of what the service publishes, and the steps
 * the tests share (a melding received, a triage awaited, an onderzoek started). Each feature's test class extends it.
 */
public abstract class TriageKetenBasis extends TriageIntegratieBasis {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected Klok klok;

    protected final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();
    /** What the service published on {@code keten.triage.v1}, read from the start in this class's own group. */
    protected final TopicReader triageTopic = TopicReader.of(KetenTopics.TRIAGE);


    @AfterAll
    void close() {
        triageTopic.close();
    }

    protected record Melding(String meldingId, String gezinId, org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record) {
    }

    protected Melding meldingOntvangen(Instant ontvangenOp) throws Exception {
        return meldingOntvangen(ontvangenOp, false);
    }

    protected Melding meldingOntvangen(Instant ontvangenOp, boolean acuutOnveilig) throws Exception {
        return meldingOntvangen(ontvangenOp, acuutOnveilig, UUID.randomUUID().toString());
    }

    protected Melding meldingOntvangen(Instant ontvangenOp, boolean acuutOnveilig, String gezinId) throws Exception {
        String meldingId = UUID.randomUUID().toString();
        String payload = EventContract.sample("melding-ontvangen.v1")
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("2026-11-20T14:05:00Z", ontvangenOp.toString())
                .replace("\"acuutOnveilig\": false", "\"acuutOnveilig\": " + acuutOnveilig);
        EventContract.assertValid("melding-ontvangen.v1", payload.getBytes(StandardCharsets.UTF_8));
        var event = new KetenEvent(UUID.randomUUID().toString(), "nl.veilig-thuis.keten.melding.melding-ontvangen.v1",
                URI.create("urn:nl-veilig-thuis:keten:melding-service"), gezinId, ontvangenOp, null, null, null, null,
                payload.getBytes(StandardCharsets.UTF_8));
        var record = CloudEventsKafkaCodec.encode(KetenTopics.MELDING, event);
        producer.send(record).get();
        return new Melding(meldingId, gezinId, record);
    }

    protected JsonNode awaitTriage(String meldingId) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/triages/" + meldingId).statusCode() == 200);
        return JSON.readTree(get("/api/v1/triages/" + meldingId).body());
    }

    protected KetenEvent awaitPublished(String naam, String gezinId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> published(naam, gezinId), list -> !list.isEmpty()).get(0);
    }

    protected List<KetenEvent> awaitPublishedAll(String naam, String gezinId) {
        awaitPublished(naam, gezinId);
        return published(naam, gezinId);
    }

    protected List<KetenEvent> published(String naam, String gezinId) {
        return triageTopic.records().stream().map(CloudEventsKafkaCodec::decode)
                .filter(e -> e.subject().equals(gezinId) && e.type().equals("nl.veilig-thuis.keten.triage." + naam + ".v1"))
                .toList();
    }

    protected HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(Testtokens.verzoek(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(Testtokens.verzoek(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected JsonNode werkvoorraadZaak(String meldingId) throws Exception {
        JsonNode werkvoorraad = JSON.readTree(get("/api/v1/werkvoorraad?regio="
                + URLEncoder.encode("Veilig Thuis Rotterdam Rijnmond", StandardCharsets.UTF_8)).body());
        for (JsonNode zaak : werkvoorraad.get("zaken")) {
            if (meldingId.equals(zaak.get("meldingId").asString())) {
                return zaak;
            }
        }
        throw new AssertionError("melding " + meldingId + " staat niet op de werkvoorraad");
    }

    protected org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> wijkteamEvent(String naam,
            String gezinId, String payload) throws Exception {
        EventContract.assertValid(naam + ".v1", payload.getBytes(StandardCharsets.UTF_8));
        var event = new KetenEvent(UUID.randomUUID().toString(), "nl.veilig-thuis.keten.wijkteam." + naam + ".v1",
                URI.create("urn:nl-veilig-thuis:keten:wijkteam-service"), gezinId, klok.instant(), null, null, null,
                null, payload.getBytes(StandardCharsets.UTF_8));
        var record = CloudEventsKafkaCodec.encode(KetenTopics.WIJKTEAM, event);
        producer.send(record).get();
        return record;
    }

    protected JsonNode awaitZichtBijVeiligThuis(String gezinId) throws Exception {
        String path = "/api/v1/gezinnen/" + gezinId + "/zicht-op-veiligheid";
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "VEILIG_THUIS".equals(JSON.readTree(get(path).body()).get("houder").asString()));
        return JSON.readTree(get(path).body());
    }

    protected static final String AFRONDING = """
            {"onderzoeksvraag": "Is het kind veilig?", "onderzoeksresultaten": "Risico's bij ouders",
             "doelenVanOndersteuning": ["Veilige thuissituatie", "Schuldhulp"], "hulpverleningsadvies": "Gezinsbehandeling",
             "voorstelCasusregisseur": "Wijkteam Holy", "veiligheidsafspraken": "Dagelijks contact school"}""";

    protected HttpResponse<String> startOnderzoek(String onderzoekId) throws Exception {
        return post("/api/v1/onderzoeken/" + onderzoekId + "/start",
                "{\"onderzoeker\": {\"naam\": \"M. Jansen\", \"telefoon\": \"010-7654321\"}}");
    }

    protected record GestartOnderzoek(Melding melding, String onderzoekId) {
    }

    protected GestartOnderzoek onderzoekGestart() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "C. Jansen", "telefoon": "010-1112223"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Complexe problematiek"}""");
        String onderzoekId = JSON.readTree(besluit.body()).get("onderzoekId").asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/onderzoeken/" + onderzoekId).statusCode() == 200);
        assertThat(startOnderzoek(onderzoekId).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "LOOPT".equals(onderzoek(onderzoekId).get("status").asString()));
        return new GestartOnderzoek(melding, onderzoekId);
    }

    protected JsonNode onderzoek(String onderzoekId) throws Exception {
        return JSON.readTree(get("/api/v1/onderzoeken/" + onderzoekId).body());
    }
}
