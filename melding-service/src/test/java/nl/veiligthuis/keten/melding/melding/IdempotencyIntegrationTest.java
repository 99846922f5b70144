package nl.veiligthuis.keten.melding.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.testinfra.Testtokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code Idempotency-Key} on POST (platform's IdempotencyFilter) against a real PostgreSQL and Kafka. */
class IdempotencyIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MELDING_ONTVANGEN = MeldingOntvangen.class.getName();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheFirstResponseAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        long voor = meldingenOntvangen();

        var eerste = post(Meldingverzoeken.geldig(), key);
        var tweede = post(Meldingverzoeken.geldig(), key);

        assertThat(eerste.statusCode()).isEqualTo(201);
        assertThat(eerste.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(tweede.statusCode()).isEqualTo(201);
        assertThat(tweede.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(tweede.body()).isEqualTo(eerste.body());
        assertThat(meldingId(tweede)).isEqualTo(meldingId(eerste));
        assertThat(tweede.headers().firstValue("Location")).isEqualTo(eerste.headers().firstValue("Location"))
                .contains("/api/v1/meldingen/" + meldingId(eerste));
        assertThat(tweede.headers().firstValue("Content-Type")).isEqualTo(eerste.headers().firstValue("Content-Type"));
        assertThat(tweede.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(meldingenOntvangen()).isEqualTo(voor + 1);
        // one melding, received once (earlier meldingen in this class may add an offer of a possible duplicate)
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", Long.class, meldingId(eerste), MELDING_ONTVANGEN)).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentBodyIsRefusedAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        var eerste = post(Meldingverzoeken.geldig(), key);
        assertThat(eerste.statusCode()).isEqualTo(201);
        long voor = meldingenOntvangen();

        var anders = post(Meldingverzoeken.geldig().replace("Vlaardingen", "Schiedam"), key);

        assertThat(anders.statusCode()).isEqualTo(422);
        assertProblem(anders);
        assertThat(JSON.readTree(anders.body()).get("detail").asString())
                .isEqualTo("de Idempotency-Key is al gebruikt voor een ander verzoek");
        assertThat(meldingenOntvangen()).isEqualTo(voor);
        // the original request can still be retried
        assertThat(post(Meldingverzoeken.geldig(), key).body()).isEqualTo(eerste.body());
    }

    @Test
    void aRefusedRequestIsNotStoredSoTheCorrectedRetrySucceeds() throws Exception {
        String key = UUID.randomUUID().toString();
        long voor = meldingenOntvangen();

        var ongeldig = post(Meldingverzoeken.geldig().replace("\"POLITIE\"", "\"ONBEKEND\""), key);
        assertThat(ongeldig.statusCode()).isEqualTo(400);
        assertProblem(ongeldig);

        var verbeterd = post(Meldingverzoeken.geldig(), key);
        assertThat(verbeterd.statusCode()).isEqualTo(201);
        assertThat(verbeterd.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(meldingenOntvangen()).isEqualTo(voor + 1);
    }

    @Test
    void twoConcurrentIdenticalRequestsCreateOneMelding() throws Exception {
        String key = UUID.randomUUID().toString();
        long voor = meldingenOntvangen();
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> antwoorden = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                antwoorden.add(threads.submit(() -> {
                    start.await();
                    return post(Meldingverzoeken.geldig(), key);
                }));
            }
            start.countDown();
            HttpResponse<String> a = antwoorden.get(0).get(30, TimeUnit.SECONDS);
            HttpResponse<String> b = antwoorden.get(1).get(30, TimeUnit.SECONDS);

            var eerste = a.headers().firstValue("Idempotency-Replayed").isEmpty() && a.statusCode() == 201 ? a : b;
            var andere = eerste == a ? b : a;
            assertThat(eerste.statusCode()).isEqualTo(201);
            assertThat(eerste.headers().firstValue("Idempotency-Replayed")).isEmpty();
            if (andere.statusCode() == 201) {
                assertThat(andere.headers().firstValue("Idempotency-Replayed")).contains("true");
                assertThat(andere.body()).isEqualTo(eerste.body());
            } else {
                assertThat(andere.statusCode()).isEqualTo(409);
                assertProblem(andere);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(meldingenOntvangen()).isEqualTo(voor + 1);
    }

    @Test
    void withoutAKeyEveryPostCreatesAMelding() throws Exception {
        long voor = meldingenOntvangen();

        var eerste = post(Meldingverzoeken.geldig(), null);
        var tweede = post(Meldingverzoeken.geldig(), null);

        assertThat(eerste.statusCode()).isEqualTo(201);
        assertThat(tweede.statusCode()).isEqualTo(201);
        assertThat(tweede.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(meldingId(tweede)).isNotEqualTo(meldingId(eerste));
        assertThat(meldingenOntvangen()).isEqualTo(voor + 2);
    }

    @Test
    void anInvalidKeyIsRefusedNamingTheHeader() throws Exception {
        long voor = meldingenOntvangen();

        var teLang = post(Meldingverzoeken.geldig(), "k".repeat(256));

        assertThat(teLang.statusCode()).isEqualTo(400);
        assertProblem(teLang);
        JsonNode invalid = JSON.readTree(teLang.body()).get("invalidParams");
        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).get("name").asString()).isEqualTo("Idempotency-Key");
        assertThat(teLang.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(meldingenOntvangen()).isEqualTo(voor);
        assertThat(post(Meldingverzoeken.geldig(), "k".repeat(255)).statusCode()).isEqualTo(201);
    }

    @Test
    void theOpenApiDocumentListsTheHeaderOnThePost() throws Exception {
        var response = http.send(Testtokens.verzoek(uri("/api/v1/openapi.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths").get("/api/v1/meldingen");

        List<String> postHeaders = new ArrayList<>();
        paths.get("post").get("parameters").forEach(parameter -> {
            if ("header".equals(parameter.get("in").asString())) {
                postHeaders.add(parameter.get("name").asString());
                assertThat(parameter.get("required").asBoolean()).isFalse();
                assertThat(parameter.get("schema").get("maxLength").asInt()).isEqualTo(255);
            }
        });
        assertThat(postHeaders).containsExactly("Idempotency-Key");
        JsonNode get = JSON.readTree(response.body()).get("paths").get("/api/v1/meldingen/{meldingId}").get("get");
        assertThat(get.toString()).doesNotContain("Idempotency-Key");
    }

    private long meldingenOntvangen() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?", Long.class,
                MELDING_ONTVANGEN);
    }

    private static String meldingId(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("meldingId").asString();
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> post(String json, String key) throws Exception {
        var request = Testtokens.verzoek(uri("/api/v1/meldingen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
