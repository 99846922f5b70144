package nl.veiligthuis.keten.triage.wachtlijst;

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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.triage.TriageIntegratieBasis;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** R5 on the running service: real PostgreSQL and Kafka, melding-ontvangen CloudEvents in, REST and Prometheus out. */
// moves the clock: runs after the classes that need it unmoved, before TermijnIntegrationTest closes the context
@Order(Order.DEFAULT + 1)
class WachtlijstIntegrationTest extends TriageIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WACHTEN = Duration.ofSeconds(30);

    @Autowired
    Klok klok;

    private final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();



    @Test
    void r5_aMeldingIsOnTheWorklistWithAMonitoringFrequencyAcuutFirstAndInTheGauges() throws Exception {
        // R5: every waiting case has a monitoring frequency; acuut onveilig is actionable at once
        String regio = "Veilig Thuis IT " + UUID.randomUUID();
        // a medewerker of this test's own regio: a worklist is its regio's only (issue 13)
        medewerker = DevToken.voor(regio, "VEILIG_THUIS_MEDEWERKER", "test-vt-it");
        Instant nu = klok.instant().truncatedTo(ChronoUnit.SECONDS);
        var regulier = meldingOntvangen(regio, nu.minus(Duration.ofHours(1)), false);
        var acuut = meldingOntvangen(regio, nu, true);

        JsonNode werkvoorraad = await().atMost(WACHTEN)
                .until(() -> json("/api/v1/werkvoorraad?regio=" + url(regio)), w -> w.get("aantal").asInt() == 2);
        JsonNode zaken = werkvoorraad.get("zaken");
        assertThat(zaken.get(0).get("meldingId").asString()).isEqualTo(acuut.meldingId());
        assertThat(zaken.get(0).get("prioriteit").asString()).isEqualTo("SPOED");
        assertThat(zaken.get(0).get("acuutOnveilig").asBoolean()).isTrue();
        assertThat(zaken.get(0).get("monitoringsfrequentie").asString()).isEqualTo("DAGELIJKS");
        assertThat(zaken.get(1).get("meldingId").asString()).isEqualTo(regulier.meldingId());
        assertThat(zaken.get(1).get("prioriteit").asString()).isEqualTo("REGULIER");
        assertThat(zaken.get(1).get("monitoringsfrequentie").asString()).isEqualTo("WEKELIJKS");
        for (JsonNode zaak : zaken) {
            assertThat(zaak.get("fase").asString()).isEqualTo("WACHT_OP_TRIAGE");
            assertThat(zaak.get("monitoringsfrequentie").isNull()).isFalse();
            assertThat(Instant.parse(zaak.get("termijnEinde").asString()))
                    .isEqualTo(Werkdagen.eindeVan(Werkdagen.triagetermijn(Instant.parse(
                            zaak.get("ontvangenOp").asString()))));
        }
        // ids, codes and moments only
        assertThat(werkvoorraad.toString()).doesNotContain(regulier.gezinId(), acuut.gezinId(), "Vlaardingen");

        JsonNode wachtlijsten = json("/api/v1/wachtlijsten?regio=" + url(regio));
        assertThat(wachtlijsten.get("regios")).hasSize(1);
        assertThat(wachtlijsten.at("/regios/0/regio").asString()).isEqualTo(regio);
        assertThat(wachtlijsten.at("/regios/0/maatstaven/wachtOpStartTriage").asInt()).isZero();
        assertThat(wachtlijsten.at("/regios/0/normen/triageBinnenVijfWerkdagen/norm").asDouble()).isEqualTo(0.9);

        // a decision within the term gives the region a triage norm share
        assertThat(post("/api/v1/triages/" + regulier.meldingId() + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "Geen zorgen"}""").statusCode())
                .isEqualTo(200);
        String zakenRegel = "veilig_thuis_wachtlijst_zaken{maatstaf=\"wacht_op_start_triage\",regio=\"" + regio + "\"}";
        String normRegel = "veilig_thuis_norm_aandeel{norm=\"triage_binnen_vijf_werkdagen\",regio=\"" + regio + "\"}";
        await().atMost(WACHTEN).until(() -> prometheus().contains(zakenRegel + " 0.0")
                && prometheus().contains(normRegel + " 1.0"));
        assertThat(prometheus()).contains("veilig_thuis_wachtlijst_zaken{maatstaf=\"niet_overgedragen_na_tien_weken\","
                + "regio=\"" + regio + "\"}");

        // R5 (1): past the fifth working day the undecided acuut melding is on the list, over REST and as a gauge
        klok.verschuif(Duration.ofDays(10));
        await().atMost(WACHTEN).until(() -> json("/api/v1/wachtlijsten?regio=" + url(regio))
                .at("/regios/0/maatstaven/wachtOpStartTriage").asInt() == 1);
        await().atMost(WACHTEN).until(() -> prometheus().contains(zakenRegel + " 1.0"));
        JsonNode werkvoorraadLater = json("/api/v1/werkvoorraad?regio=" + url(regio));
        assertThat(werkvoorraadLater.get("aantal").asInt()).isEqualTo(1);
        assertThat(werkvoorraadLater.at("/zaken/0/termijnVerstreken").asBoolean()).isTrue();

        // the history: on the day of receipt nothing waited too long, today the acuut melding does
        var vandaag = klok.instant().atZone(Werkdagen.NEDERLAND).toLocalDate();
        var ontvangstdag = nu.atZone(Werkdagen.NEDERLAND).toLocalDate();
        JsonNode historie = json("/api/v1/wachtlijsten/historie?regio=" + url(regio) + "&van=" + ontvangstdag
                + "&tot=" + vandaag);
        JsonNode dagen = historie.get("dagen");
        assertThat(dagen).hasSize((int) ChronoUnit.DAYS.between(ontvangstdag, vandaag) + 1);
        assertThat(dagen.get(0).at("/maatstaven/wachtOpStartTriage").asInt()).isZero();
        assertThat(dagen.get(dagen.size() - 1).at("/maatstaven/wachtOpStartTriage").asInt()).isEqualTo(1);
        assertThat(Instant.parse(dagen.get(dagen.size() - 1).get("op").asString())).isBeforeOrEqualTo(klok.instant());
    }

    @Test
    void issue14_theWaitingListsOfARegioCanBeReadWithoutThePolicesMutaties() throws Exception {
        // 002 §3.2: the melding's kind comes from melding-service's topic; by default the figures count every melding
        String regio = "Veilig Thuis IT " + UUID.randomUUID();
        medewerker = DevToken.voor(regio, "VEILIG_THUIS_MEDEWERKER", "test-vt-it");
        Instant nu = klok.instant().truncatedTo(ChronoUnit.SECONDS);
        meldingOntvangen(regio, nu, false, "MUTATIE_HUISELIJK_GEWELD");
        meldingOntvangen(regio, nu, false, "ZORGMELDING");
        await().atMost(WACHTEN).until(() -> json("/api/v1/werkvoorraad?regio=" + url(regio)).get("aantal").asInt() == 2);

        JsonNode met = json("/api/v1/wachtlijsten?regio=" + url(regio));
        JsonNode zonder = json("/api/v1/wachtlijsten?regio=" + url(regio) + "&zonderMutaties=true");
        assertThat(met.get("zonderMutaties").asBoolean()).isFalse();
        assertThat(met.at("/regios/0/herhaalmeldingen/meldingen").asInt()).isEqualTo(2);
        assertThat(zonder.get("zonderMutaties").asBoolean()).isTrue();
        assertThat(zonder.at("/regios/0/herhaalmeldingen/meldingen").asInt()).isEqualTo(1);
        JsonNode historie = json("/api/v1/wachtlijsten/historie?regio=" + url(regio) + "&zonderMutaties=true");
        assertThat(historie.get("zonderMutaties").asBoolean()).isTrue();
        assertInvalid("/api/v1/wachtlijsten?zonderMutaties=misschien", "zonderMutaties");
        // and as gauges of their own beside the usual ones
        await().atMost(WACHTEN).until(() -> prometheus().contains("veilig_thuis_wachtlijst_zaken_zonder_mutaties{"
                + "maatstaf=\"wacht_op_start_triage\",regio=\"" + regio + "\"}"));
    }

    @Test
    void r5_invalidQueriesAreRefusedNamingTheField() throws Exception {
        // R5: at most 366 days, van not after tot, the region required, no moments in the future
        assertInvalid("/api/v1/wachtlijsten/historie?regio=X&van=2025-01-01&tot=2026-01-02", "van");
        assertInvalid("/api/v1/wachtlijsten/historie?regio=X&van=2026-01-02&tot=2026-01-01", "van");
        assertInvalid("/api/v1/wachtlijsten/historie?van=2026-01-01&tot=2026-01-02", "regio");
        assertInvalid("/api/v1/wachtlijsten/historie?regio=X&van=gisteren", "van");
        assertInvalid("/api/v1/wachtlijsten/historie?regio=X&tot=" + klok.instant().plus(Duration.ofDays(2))
                .atZone(Werkdagen.NEDERLAND).toLocalDate(), "tot");
        assertInvalid("/api/v1/wachtlijsten?op=" + klok.instant().plus(Duration.ofHours(1)), "op");
        assertInvalid("/api/v1/werkvoorraad", "regio");

        var tot = klok.instant().atZone(Werkdagen.NEDERLAND).toLocalDate();
        JsonNode jaar = json("/api/v1/wachtlijsten/historie?regio=X&van=" + tot.minusDays(365) + "&tot=" + tot);
        assertThat(jaar.get("dagen")).hasSize(366);
        assertThat(json("/api/v1/wachtlijsten/historie?regio=X").get("dagen")).hasSize(30);
    }

    @Test
    void r5_everyParameterAndResponseFieldHasAnOpenApiExample() throws Exception {
        JsonNode api = json("/api/v1/openapi.json");
        List<String> zonderVoorbeeld = new ArrayList<>();
        for (String pad : List.of("/api/v1/wachtlijsten", "/api/v1/wachtlijsten/historie", "/api/v1/werkvoorraad")) {
            JsonNode operatie = api.get("paths").get(pad).get("get");
            assertThat(operatie.get("summary").asString()).isNotBlank();
            operatie.get("parameters").forEach(parameter -> {
                if (!parameter.has("example") && !parameter.path("schema").has("example")) {
                    zonderVoorbeeld.add(pad + "?" + parameter.get("name").asString());
                }
            });
        }
        for (String schema : List.of("WachtlijstOverzicht", "RegioWachtlijst", "Maatstaven", "Normen", "Norm",
                "WachtlijstHistorie", "HistorieDag", "WerkvoorraadOverzicht", "WerkvoorraadZaak")) {
            JsonNode properties = api.at("/components/schemas/" + schema + "/properties");
            assertThat(properties.isMissingNode()).as(schema).isFalse();
            properties.properties().forEach(veld -> {
                JsonNode waarde = veld.getValue();
                boolean verwijzing = waarde.has("$ref") || waarde.has("allOf") || waarde.has("items");
                if (!verwijzing && !waarde.has("example") && !waarde.has("examples")) {
                    zonderVoorbeeld.add(schema + "." + veld.getKey());
                }
            });
        }
        assertThat(zonderVoorbeeld).isEmpty();
    }

    private void assertInvalid(String pad, String veld) throws Exception {
        var response = get(pad);
        assertThat(response.statusCode()).as(pad).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        List<String> velden = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).as(pad).containsExactly(veld);
    }

    record Melding(String meldingId, String gezinId) {
    }

    private Melding meldingOntvangen(String regio, Instant ontvangenOp, boolean acuutOnveilig) throws Exception {
        return meldingOntvangen(regio, ontvangenOp, acuutOnveilig, null);
    }

    private Melding meldingOntvangen(String regio, Instant ontvangenOp, boolean acuutOnveilig, String politiemelding)
            throws Exception {
        String meldingId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String payload = EventContract.sample("melding-ontvangen.v1")
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("2026-11-20T14:05:00Z", ontvangenOp.toString())
                .replace("Veilig Thuis Rotterdam Rijnmond", regio)
                .replace("\"acuutOnveilig\": false", "\"acuutOnveilig\": " + acuutOnveilig)
                .replace("\"politiemelding\": \"ZORGMELDING\"",
                        "\"politiemelding\": \"" + (politiemelding == null ? "ZORGMELDING" : politiemelding) + "\"");
        EventContract.assertValid("melding-ontvangen.v1", payload.getBytes(StandardCharsets.UTF_8));
        var event = new KetenEvent(UUID.randomUUID().toString(), "nl.veilig-thuis.keten.melding.melding-ontvangen.v1",
                URI.create("urn:nl-veilig-thuis:keten:melding-service"), gezinId, ontvangenOp, null, null, null, null,
                payload.getBytes(StandardCharsets.UTF_8));
        producer.send(CloudEventsKafkaCodec.encode(KetenTopics.MELDING, event)).get();
        return new Melding(meldingId, gezinId);
    }

    private String prometheus() throws Exception {
        var response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private JsonNode json(String pad) throws Exception {
        var response = get(pad);
        assertThat(response.statusCode()).as(pad + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String url(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }

    private String medewerker = Testtokens.vtMedewerker();

    private HttpRequest.Builder verzoek(String pad) {
        URI uri = URI.create("http://localhost:" + port + pad);
        return Testtokens.verzoek(uri, pad.startsWith("/actuator") ? Testtokens.voorWerk(uri) : medewerker);
    }

    private HttpResponse<String> post(String pad, String json) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(pad)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pad) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(pad)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
