package nl.veiligthuis.keten.wijkteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an integration test does with the running wijkteam-service: hand a zaak over as triage-service would, call the
 * REST API, and read what the service published. One per test class; close it after the class.
 */
public final class WijkteamApi implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final Duration LANG = Duration.ofSeconds(60);

    private final int port;
    private final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();
    private final TopicReader wijkteamTopic = TopicReader.of(KetenTopics.WIJKTEAM);

    public WijkteamApi(int port) {
        this.port = port;
    }

    /**
     * An overdracht-gedaan (after onderzoek) from triage-service as it publishes it: the contract's sample with these
     * ids, valid against the schema, a dataref to the handover package and correlation and causation ids.
     */
    public static ProducerRecord<String, byte[]> overdrachtGedaan(String eventId, String overdrachtId, String gezinId) {
        return overdrachtGedaan(eventId, overdrachtId, gezinId, Map.of());
    }

    /**
     * A handover naming these persons (persoonId to rol, R11); with none, the handover names nobody, as one published
     * before handovers named the melding's persons.
     */
    public static ProducerRecord<String, byte[]> overdrachtGedaan(String eventId, String overdrachtId, String gezinId,
                                                                  Map<String, String> leden) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample("overdracht-gedaan.v1"));
        payload.remove("leden");
        if (!leden.isEmpty()) {
            var lijst = payload.putArray("leden");
            leden.forEach((persoonId, rol) -> lijst.addObject().put("persoonId", persoonId).put("rol", rol));
            // the actor stays last, as in every published payload
            payload.set("actor", payload.remove("actor"));
        }
        payload.put("overdrachtId", overdrachtId);
        payload.put("meldingId", UUID.randomUUID().toString());
        payload.put("gezinId", gezinId);
        payload.put("onderzoekId", UUID.randomUUID().toString());
        payload.put("overdrachtGedaanOp", Instant.now().toString());
        byte[] data = JSON.writeValueAsBytes(payload);
        EventContract.assertValid("overdracht-gedaan.v1", data);
        return CloudEventsKafkaCodec.encode(KetenTopics.TRIAGE, new KetenEvent(eventId,
                "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1",
                URI.create("urn:nl-veilig-thuis:keten:triage-service"), gezinId, Instant.now(),
                URI.create("http://localhost:8082/api/v1/overdrachten/" + overdrachtId), "correlatie-" + gezinId,
                UUID.randomUUID().toString(), null, data));
    }

    /** Publishes an overdracht-gedaan (after onderzoek) for the gezin and waits until the zaak exists. */
    public String openZaak(String gezinId) throws Exception {
        return openZaak(gezinId, Map.of());
    }

    /** As {@link #openZaak(String)}, the handover naming these persons (persoonId to rol). */
    public String openZaak(String gezinId, Map<String, String> leden) throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        var record = overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId, leden);
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        await().atMost(LANG).until(() -> get("/api/v1/zaken/" + zaakId).statusCode() == 200);
        return zaakId;
    }

    /** Accepts the overdracht for team Westwijk by this medewerker (JSON), without a regisseur; expects 200. */
    public void accepteer(String zaakId, String medewerker) throws Exception {
        HttpResponse<String> response = post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": " + medewerker + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** As the wijkteam: its worklist too, also without a gemeente (a worklist of triage-service has a regio). */
    private HttpRequest.Builder verzoek(String path) {
        URI uri = URI.create("http://localhost:" + port + path);
        return path.startsWith("/api/v1/werkvoorraad") ? Testtokens.verzoek(uri, Testtokens.wijkteammedewerker())
                : Testtokens.verzoek(uri);
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs and expects 200 or 201; answers the body. */
    public JsonNode ok(String path, String json) throws Exception {
        HttpResponse<String> response = post(path, json);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
        return JSON.readTree(response.body());
    }

    public JsonNode lees(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public List<String> signalen(String zaakId) throws Exception {
        List<String> codes = new ArrayList<>();
        lees("/api/v1/zaken/" + zaakId).get("signalen").forEach(code -> codes.add(code.asString()));
        return codes;
    }

    /** The records of this type about this zaak published so far, waiting until there are at least {@code aantal}. */
    public List<ConsumerRecord<String, byte[]>> records(String type, String zaakId, int aantal) {
        return await().atMost(LANG).until(() -> wijkteamTopic.records().stream()
                .filter(r -> type.equals(TopicReader.type(r)) && TopicReader.tekst(r).contains(zaakId))
                .toList(), records -> records.size() >= aantal);
    }

    public static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    public static void assertRegel(HttpResponse<String> response, String regel) {
        assertProblem(response, 409);
        assertThat(JSON.readTree(response.body()).get("regel").asString()).isEqualTo(regel);
    }

    public static List<String> invalidParams(HttpResponse<String> response) {
        assertProblem(response, 400);
        List<String> velden = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        return velden;
    }

    @Override
    public void close() {
        wijkteamTopic.close();
    }
}
