package nl.veiligthuis.keten.melding.adviesvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The adviesvraag against a real PostgreSQL and a real Kafka broker. */
class AdviesvraagIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VRAAG = "Kind vertelt over harde ruzies thuis; moet ik iets doen?";
    private static final String ADVIES = "Bespreek uw zorgen met de ouders en bel terug";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdviesvraagIsRecordedAndPublishedWithoutFreeTextOrContact() throws Exception {
        var response = post(geldigeAdviesvraag(), null);
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String adviesvraagId = body.get("adviesvraagId").asString();
        assertThat(body.get("regio").asString()).isEqualTo("Veilig Thuis Utrecht");
        assertThat(body.get("ontvangenOp").asString()).isEqualTo("2026-11-20T10:15:00Z");
        assertThat(body.has("gezinId")).isFalse();
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/adviesvragen/" + adviesvraagId);

        ConsumerRecord<String, byte[]> record = awaitRecord(adviesvraagId);
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        // an adviesvraag has no gezin: key and subject are its own opaque id
        assertThat(record.key()).isEqualTo(adviesvraagId);
        assertThat(event.type()).isEqualTo("nl.veilig-thuis.keten.melding.adviesvraag-geregistreerd.v1");
        assertThat(event.source()).hasToString("urn:nl-veilig-thuis:keten:melding-service");
        assertThat(event.subject()).isEqualTo(adviesvraagId);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/adviesvragen/" + adviesvraagId);
        EventContract.assertValid("adviesvraag-geregistreerd.v1", event.data());
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("actor").get("rol").asString()).isEqualTo("VRAGER_PROFESSIONAL");
        assertThat(payload.get("actor").get("organisatie").asString()).isEqualTo("Professional (Meldcode)");
        // D4: no free text, names or contact on the topic
        assertThat(new String(event.data(), StandardCharsets.UTF_8))
                .doesNotContain(VRAAG, ADVIES, "ruzies", "De Linde", "06-12345678");

        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/adviesvragen/" + adviesvraagId).statusCode() == 200);
        var overzicht = get("/api/v1/adviesvragen/" + adviesvraagId);
        assertThat(overzicht.headers().firstValue("API-Version")).contains("1.0.0");
        JsonNode gelezen = JSON.readTree(overzicht.body());
        assertThat(gelezen.get("vragerType").asString()).isEqualTo("PROFESSIONAL");
        assertThat(gelezen.get("gemeente").asString()).isEqualTo("Houten");
        assertThat(gelezen.get("regio").asString()).isEqualTo("Veilig Thuis Utrecht");
        assertThat(gelezen.get("kinderenBetrokken").asBoolean()).isTrue();
        assertThat(gelezen.get("geweldsvormen").toString()).contains("KINDERMISHANDELING_PSYCHISCH");
        assertThat(overzicht.body()).doesNotContain(VRAAG, ADVIES, "De Linde", "06-12345678", "gezinId");
    }

    @Test
    void anUnknownMunicipalityGivesNoRegionButIsNotRefused() throws Exception {
        var response = post(geldigeAdviesvraag().replace("Houten", "Terschelling"), null);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("regio").isNull()).isTrue();
    }

    @Test
    void invalidInputIsRefusedWithAllFieldsAndStoresNothing() throws Exception {
        long eventsBefore = eventsDoorVerzoeken();
        var alleVelden = post("""
                {"vrager": {"type": "POLITIE"}, "gemeente": "", "geweldsvormen": [], "vraag": " ",
                 "advies": "%s"}""".formatted("x".repeat(10_001)), null);
        assertThat(alleVelden.statusCode()).isEqualTo(400);
        assertThat(alleVelden.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(velden(alleVelden)).containsExactlyInAnyOrder("vrager.type", "gemeente", "geweldsvormen",
                "kinderenBetrokken", "vraag", "advies");

        var toekomst = post(geldigeAdviesvraag().replace("2026-11-20T10:15:00Z", "2999-01-01T00:00:00Z"), null);
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(velden(toekomst)).containsExactly("ontvangenOp");

        assertThat(eventsDoorVerzoeken()).isEqualTo(eventsBefore);
    }

    @Test
    void thePoliceAreRefusedBecauseTheyMakeAMelding() throws Exception {
        long eventsBefore = eventsDoorVerzoeken();
        var response = post(geldigeAdviesvraag().replace("\"PROFESSIONAL\"", "\"POLITIE\""), null);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode invalid = JSON.readTree(response.body()).get("invalidParams");
        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).get("name").asString()).isEqualTo("vrager.type");
        assertThat(invalid.get(0).get("reason").asString()).contains("politie", "melding");
        assertThat(eventsDoorVerzoeken()).isEqualTo(eventsBefore);
    }

    @Test
    void anUnknownAdviesvraagIsNotFound() throws Exception {
        var response = get("/api/v1/adviesvragen/" + UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aReplayWithTheSameIdempotencyKeyReturnsTheSameAdviesvraag() throws Exception {
        String key = UUID.randomUUID().toString();
        var eerste = post(geldigeAdviesvraag(), key);
        var tweede = post(geldigeAdviesvraag(), key);

        assertThat(eerste.statusCode()).isEqualTo(201);
        assertThat(tweede.statusCode()).isEqualTo(201);
        assertThat(tweede.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(JSON.readTree(tweede.body()).get("adviesvraagId").asString())
                .isEqualTo(JSON.readTree(eerste.body()).get("adviesvraagId").asString());
    }

    static String geldigeAdviesvraag() {
        return """
                {"vrager": {"type": "PROFESSIONAL", "organisatie": "Huisartsenpraktijk De Linde", "contact": "06-12345678"},
                 "gemeente": "Houten", "geweldsvormen": ["KINDERMISHANDELING_PSYCHISCH"], "kinderenBetrokken": true,
                 "vraag": "%s", "advies": "%s", "ontvangenOp": "2026-11-20T10:15:00Z"}""".formatted(VRAAG, ADVIES);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String adviesvraagId) {
        return meldingTopic.await(r -> adviesvraagId.equals(r.key()));
    }

    private static List<String> velden(HttpResponse<String> response) {
        List<String> velden = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        return velden;
    }

    private static final String UTRECHT = DevToken.voor("Veilig Thuis Utrecht", "VEILIG_THUIS_MEDEWERKER", "test-vt-u");

    private HttpResponse<String> post(String json, String key) throws Exception {
        var request = Testtokens.verzoek(URI.create("http://localhost:" + port + "/api/v1/adviesvragen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As Veilig Thuis Utrecht, the regio of Houten, where these adviesvragen come from (issue 13: own regio only). */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(Testtokens.verzoek(URI.create("http://localhost:" + port + path), UTRECHT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
