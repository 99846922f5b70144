package nl.veiligthuis.keten.melding.melding;

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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.platform.projectie.Tabeldekking;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** melding-service against a real PostgreSQL and a real Kafka broker. */
class MeldingIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    List<ProjectieDigest> digests;

    @Autowired
    KafkaListenerEndpointRegistry kafkaListeners;

    @Autowired
    EventProcessingConfiguration eventProcessing;


    @Test
    void aMeldingIsStoredAndPublishedAsAPseudonymousCloudEvent() throws Exception {
        var response = post(Meldingverzoeken.geldig());
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String meldingId = body.get("meldingId").asString();
        String gezinId = body.get("gezinId").asString();
        // the VT region follows from the gezin's municipality (issue 3, point 4)
        assertThat(body.get("regio").asString()).isEqualTo("Veilig Thuis Rotterdam Rijnmond");

        ConsumerRecord<String, byte[]> record = awaitRecord(meldingId);
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        // D3: CloudEvents binary mode, key = gezinId, subject = gezinId, dataref to the REST resource
        assertThat(record.key()).isEqualTo(gezinId);
        assertThat(event.type()).isEqualTo("nl.veilig-thuis.keten.melding.melding-ontvangen.v1");
        assertThat(event.source()).hasToString("urn:nl-veilig-thuis:keten:melding-service");
        assertThat(event.subject()).isEqualTo(gezinId);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/meldingen/" + meldingId);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
        EventContract.assertValid("melding-ontvangen.v1", event.data());
        assertThat(JSON.readTree(event.data()).get("regio").asString()).isEqualTo("Veilig Thuis Rotterdam Rijnmond");
        // issue 13 point 3: who entered it is the token, pseudonymously; the melder stays the actor
        JsonNode gepubliceerd = JSON.readTree(event.data());
        assertThat(gepubliceerd.at("/geregistreerdDoor/rol").asString()).isEqualTo("VEILIG_THUIS_MEDEWERKER");
        assertThat(gepubliceerd.at("/geregistreerdDoor/organisatie").asString()).isEqualTo(Testtokens.VEILIG_THUIS);
        assertThat(gepubliceerd.at("/actor/subject").asString()).isEqualTo("test-vt-1");
        assertThat(gepubliceerd.at("/actor/rol").asString()).startsWith("MELDER_");
        // D4: no names, dates of birth or free text on the topic
        String data = new String(event.data(), StandardCharsets.UTF_8);
        assertThat(data).doesNotContain("Jansen", "Sanne", "2017-09-01", "1988-04-12", "Ruzie");

        var overzicht = get("/api/v1/meldingen/" + meldingId);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/meldingen/" + meldingId).statusCode() == 200);
        assertThat(overzicht.headers().firstValue("API-Version")).contains("1.0.0");
    }

    @Test
    void invalidInputIsRefusedWithAllFieldsAndChangesNothing() throws Exception {
        long eventsBefore = eventsDoorVerzoeken();
        var response = post("""
                {"melder": {"type": "ONBEKEND"}, "gezin": {"gemeente": "Vlaardingen", "leden": []},
                 "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                 "omschrijving": "x"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        // issue 13 point 8: the unreadable melder.type no longer hides the empty leden
        List<String> beide = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> beide.add(p.get("name").asString()));
        assertThat(beide).containsExactly("gezin.leden", "melder.type");

        var alleVelden = post("""
                {"melder": {"type": "POLITIE"}, "gezin": {"gemeente": "", "leden": []},
                 "geweldsvormen": [], "acuutOnveilig": false, "omschrijving": ""}""");
        assertThat(alleVelden.statusCode()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        JSON.readTree(alleVelden.body()).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("gezin.gemeente", "gezin.leden", "geweldsvormen",
                "kinderenAanwezig", "omschrijving");

        var toekomst = post(Meldingverzoeken.geldig().replace("\"omschrijving\"",
                "\"ontvangenOp\": \"2999-01-01T00:00:00Z\", \"omschrijving\""));
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("ontvangenOp");

        assertThat(eventsDoorVerzoeken()).isEqualTo(eventsBefore);
        // the count is not blind: a valid melding is counted
        assertThat(post(Meldingverzoeken.geldig()).statusCode()).isEqualTo(201);
        assertThat(eventsDoorVerzoeken()).isGreaterThan(eventsBefore);
    }

    /**
     * Issue 11, point 2: 40 partner systems at once, 200 meldingen. Before Axon ran on Spring's transaction manager
     * each command took a second connection while holding a first, and such a burst deadlocked the pool (30 s, then
     * 500). Every melding is stored exactly once, with its gezinsregister rows. Latency: docs/benchmarks.md.
     */
    @Test
    void aBurstOf200MeldingenFrom40ClientsAllSucceed() throws Exception {
        Set<String> meldingIds = Meldingverzoeken.burst(200, 40, port);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN ("
                + String.join(",", meldingIds.stream().map(id -> "'" + id + "'").toList()) + ")", Long.class))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gezinsregister WHERE melding_id IN ("
                + String.join(",", meldingIds.stream().map(id -> "'" + id + "'").toList()) + ")", Long.class))
                .isEqualTo(400);
    }

    /**
     * Issue 11, point 6: ready means the database answers, every Kafka consumer has its partitions and every event
     * processor runs with its segments claimed; a stopped consumer or processor takes the service out of service.
     */
    @Test
    void readinessFollowsTheConsumersAndTheEventProcessors() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
        JsonNode componenten = JSON.readTree(get("/actuator/health/readiness").body()).get("components");
        assertThat(componenten.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(componenten.get("kafkaConsumers").get("status").asString()).isEqualTo("UP");
        assertThat(componenten.get("eventProcessors").get("status").asString()).isEqualTo("UP");

        var container = kafkaListeners.getListenerContainer("melding-terugkoppeling");
        container.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 503);
            assertThat(JSON.readTree(get("/actuator/health").body()).at("/components/kafkaConsumers/status").asString())
                    .isEqualTo("OUT_OF_SERVICE");
        } finally {
            container.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/actuator/health/readiness").statusCode() == 200);

        var processor = eventProcessing.eventProcessor("melding-overzicht").orElseThrow();
        processor.shutDown();
        try {
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(get("/actuator/health").body()).at("/components/eventProcessors/status").asString())
                    .isEqualTo("OUT_OF_SERVICE");
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
    }

    @Test
    void anUnknownMeldingIsNotFound() throws Exception {
        var response = get("/api/v1/meldingen/" + UUID.randomUUID());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void issue13_aPartnerSystemsMeldingRecordsThePartnerFromItsTokenNotFromTheBody() throws Exception {
        String partner = Testtokens.partnersysteem("Politie Eenheid Rotterdam", "meldingen:indienen");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/meldingen"))
                .header("Authorization", Testtokens.bearer(partner)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Meldingverzoeken.geldig())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String meldingId = JSON.readTree(response.body()).get("meldingId").asString();

        KetenEvent event = CloudEventsKafkaCodec.decode(awaitRecord(meldingId));
        EventContract.assertValid("melding-ontvangen.v1", event.data());
        JsonNode gepubliceerd = JSON.readTree(event.data());
        assertThat(gepubliceerd.at("/geregistreerdDoor/rol").asString()).isEqualTo("PARTNERSYSTEEM");
        assertThat(gepubliceerd.at("/geregistreerdDoor/organisatie").asString()).isEqualTo("Politie Eenheid Rotterdam");
        // and the event store keeps the same, for whoever replays it
        String metadata = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%.MeldingOntvangen'", String.class, meldingId);
        assertThat(JSON.readTree(metadata).get("handelendeOrganisatie").asString())
                .isEqualTo("Politie Eenheid Rotterdam");
        assertThat(JSON.readTree(metadata).get("handelendeRol").asString()).isEqualTo("PARTNERSYSTEEM");
    }

    @Test
    void issue14_aPoliceMeldingSaysWhetherItIsAZorgmeldingOrAMutatieAndOnlyThePoliceSaysIt() throws Exception {
        // 002 §3.2: the kind travels with the melding, so that the waiting lists can be read without mutaties
        var mutatie = post(Meldingverzoeken.geldig().replace("\"organisatie\": \"Politie Eenheid Rotterdam\"}",
                "\"organisatie\": \"Politie Eenheid Rotterdam\", \"politiemelding\": \"MUTATIE_HUISELIJK_GEWELD\"}"));
        assertThat(mutatie.statusCode()).as(mutatie.body()).isEqualTo(201);
        KetenEvent event = CloudEventsKafkaCodec.decode(awaitRecord(JSON.readTree(mutatie.body()).get("meldingId")
                .asString()));
        EventContract.assertValid("melding-ontvangen.v1", event.data());
        assertThat(JSON.readTree(event.data()).get("politiemelding").asString()).isEqualTo("MUTATIE_HUISELIJK_GEWELD");

        long eventsBefore = eventsDoorVerzoeken();
        var vanSchool = post(Meldingverzoeken.geldig().replace("\"type\": \"POLITIE\"", "\"type\": \"PROFESSIONAL\"")
                .replace("\"organisatie\": \"Politie Eenheid Rotterdam\"}",
                        "\"organisatie\": \"Basisschool De Regenboog\", \"politiemelding\": \"ZORGMELDING\"}"));
        assertThat(vanSchool.statusCode()).as(vanSchool.body()).isEqualTo(400);
        assertThat(vanSchool.body()).contains("melder.politiemelding", "AlleenPolitie");
        var onbekend = post(Meldingverzoeken.geldig().replace("\"organisatie\": \"Politie Eenheid Rotterdam\"}",
                "\"organisatie\": \"Politie Eenheid Rotterdam\", \"politiemelding\": \"GERUCHT\"}"));
        assertThat(onbekend.statusCode()).isEqualTo(400);
        assertThat(onbekend.body()).contains("melder.politiemelding");
        assertThat(eventsDoorVerzoeken()).isEqualTo(eventsBefore);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String meldingId) {
        return meldingTopic.await(r -> TopicReader.tekst(r).contains(meldingId));
    }


    private HttpResponse<String> post(String json) throws Exception {
        return HttpClient.newHttpClient().send(Testtokens.verzoek(URI.create("http://localhost:" + port + "/api/v1/meldingen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(Testtokens.verzoek(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Issue 12 point 2: a table no digest names would be refilled by a herbouw without being compared. */
    @Test
    void r19_everyTableOfTheSchemaIsInADigestOrExcludedWithAReason() {
        Map<String, String> uitgezonderd = Map.ofEntries(
                Map.entry("gezinsregister", "written in the command's own transaction by a subscribing processor, which has no token to replay from (docs/herbouw.md)"),
                Map.entry("melding_herkomst", "written with gezinsregister, in the command's own transaction (docs/herbouw.md)"),
                Map.entry("terugkoppeling_bezorging", "the outbox of letters to melders (R6), with their delivery state; "
                        + "never replayed: a rebuild would send letters again (docs/melding-service.md)"));
        assertThat(Tabeldekking.onbedekt(jdbc, digests, uitgezonderd)).isEmpty();
        assertThat(Tabeldekking.verouderd(jdbc, uitgezonderd)).isEmpty();
    }
}
