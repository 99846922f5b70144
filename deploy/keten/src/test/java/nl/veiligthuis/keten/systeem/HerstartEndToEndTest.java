package nl.veiligthuis.keten.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.embedded.EmbeddedPostgresServer;
import nl.veiligthuis.keten.embedded.KafkaBroker;
import nl.veiligthuis.keten.embedded.Ontwikkelconfiguratie;
import nl.veiligthuis.keten.testinfra.Testtokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the run command does on a restart: the same PostgreSQL and Kafka data directories, the chain stopped
 * and started again. Nothing is lost and nothing is handled twice.
 */
class HerstartEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration KETEN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void aRestartedChainContinuesWhereItStopped() throws Exception {
        String meldingId;
        String gezinId;
        try (var omgeving = Omgeving.start(data)) {
            var systeem = omgeving.systeem;
            JsonNode melding = post(systeem, Dienst.MELDING, "/api/v1/meldingen", KetenEndToEndTestData.MELDING);
            meldingId = melding.get("meldingId").asString();
            gezinId = melding.get("gezinId").asString();
            await().atMost(KETEN).until(() -> status(systeem, Dienst.TRIAGE, "/api/v1/triages/" + meldingId) == 200);
            await().atMost(KETEN).until(() -> tijdlijn(systeem, gezinId).contains("TriageGeopend"));
        }

        try (var omgeving = Omgeving.start(data)) {
            var systeem = omgeving.systeem;
            // the triage, its term and the timeline survived the restart
            JsonNode triage = get(systeem, Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
            assertThat(triage.get("status").asString()).isEqualTo("WACHT_OP_TRIAGE");
            post(systeem, Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                    {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A", "telefoon": "010"},
                     "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "na herstart", "advies": "gezinscoach"}""");
            List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(systeem, gezinId),
                    t -> t.contains("ZaakGeopend"));
            // tokens and inboxes were persisted: no event was published or handled twice
            assertThat(typen).containsOnlyOnce("MeldingOntvangen", "TriageGeopend", "TriageAfgerond", "OverdrachtGedaan");
            // the zaak overview is a projection of its own: the timeline having ZaakGeopend does not mean it has caught up
            assertThat(await().atMost(KETEN).until(() -> get(systeem, Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId),
                    zaken -> !zaken.isEmpty())).hasSize(1);
        }
    }

    /** PostgreSQL, Kafka and the chain on persistent data directories, like the run command. */
    private record Omgeving(EmbeddedPostgresServer postgres, KafkaBroker kafka, KetenSysteem systeem)
            implements AutoCloseable {

        static Omgeving start(Path data) {
            var postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), 0);
            for (Dienst dienst : Dienst.values()) {
                postgres.createDatabaseIfAbsent(dienst.database());
            }
            var kafka = KafkaBroker.start(data.resolve("kafka"), 0);
            var systeem = KetenSysteem.start(dienst -> {
                Map<String, Object> eigenschappen = new HashMap<>(Ontwikkelconfiguratie.eigenschappen());
                eigenschappen.putAll(postgres.springEigenschappen(postgres.jdbcUrl(dienst.database())));
                eigenschappen.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
                eigenschappen.put("server.port", 0);
                return eigenschappen;
            });
            return new Omgeving(postgres, kafka, systeem);
        }

        @Override
        public void close() {
            systeem.close();
            kafka.close();
            postgres.close();
        }
    }

    private List<String> tijdlijn(KetenSysteem systeem, String gezinId) {
        List<String> typen = new ArrayList<>();
        get(systeem, Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/tijdlijn").get("gebeurtenissen")
                .forEach(g -> typen.add(g.get("type").asString()));
        return typen;
    }

    private int status(KetenSysteem systeem, Dienst dienst, String pad) throws Exception {
        return http.send(Testtokens.verzoek(uri(systeem, dienst, pad)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode get(KetenSysteem systeem, Dienst dienst, String pad) {
        try {
            var response = http.send(Testtokens.verzoek(uri(systeem, dienst, pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s", pad).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(KetenSysteem systeem, Dienst dienst, String pad, String body) throws Exception {
        var response = http.send(Testtokens.verzoek(uri(systeem, dienst, pad)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", pad, response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static URI uri(KetenSysteem systeem, Dienst dienst, String pad) {
        return URI.create("http://localhost:" + systeem.poort(dienst) + pad);
    }
}
