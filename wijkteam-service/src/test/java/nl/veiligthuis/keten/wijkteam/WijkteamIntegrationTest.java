package nl.veiligthuis.keten.wijkteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** wijkteam-service against a real PostgreSQL and a real Kafka broker, fed by real CloudEvents. */
class WijkteamIntegrationTest extends WijkteamIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OVERDRACHT_GEDAAN = "nl.veilig-thuis.keten.triage.overdracht-gedaan.v1";
    private static final String DEAD_LETTERS = KetenTopics.deadLetter(KetenTopics.TRIAGE, WijkteamServiceApplication.NAAM);
    private static final String MEDEWERKER = "Fatima el Amrani";
    private static final String TELEFOON = "010-2345678";
    private static final String TOELICHTING = "Moeder wil geen hulp meer; de spanningen tussen de ouders zijn niet weg";
    private static final Duration LANG = Duration.ofSeconds(60);
    private static final String REGISSEUR_TOEGEWEZEN = "nl.veilig-thuis.keten.wijkteam.regisseur-toegewezen.v1";
    private static final String FATIMA = regisseur("Fatima el Amrani", "010-2345678", "Minters");
    private static final String JOOST = regisseur("Joost de Vries", "010-8765432", "Enver");
    private static final String WISSELREDEN = "Fatima gaat met verlof; Joost kent het gezin al";

    private Admin admin;
    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> ontvangen = new ArrayList<>();

    @BeforeAll
    void connect() throws Exception {
        String bootstrap = TestInfrastructure.get().bootstrapServers();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        try {
            admin.createTopics(List.of(new NewTopic(DEAD_LETTERS, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "wijkteam-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(KetenTopics.WIJKTEAM, DEAD_LETTERS));
    }

    @AfterAll
    void close() {
        consumer.close();
        producer.close();
        admin.close();
    }

    @Test
    void aHandoverOpensExactlyOneZaakWhoseAcceptanceIsPublishedWithoutTheMedewerker() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        ProducerRecord<String, byte[]> overdracht = overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId);

        send(overdracht);
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);
        JsonNode zaak = zaken(gezinId).get(0);
        assertThat(zaak.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(zaak.get("overdrachtId").asString()).isEqualTo(overdrachtId);
        assertThat(zaak.get("route").asString()).isEqualTo("NA_ONDERZOEK");
        assertThat(zaak.get("gemeente").asString()).isEqualTo("Vlaardingen");
        assertThat(zaak.get("status").asString()).isEqualTo("OVERDRACHT_ONTVANGEN");
        assertThat(zaak.get("geaccepteerdOp").isNull()).isTrue();
        // R7/R8: the handover package stays in triage-service; the zaak points to it
        assertThat(zaak.get("overdrachtDataref").asString())
                .isEqualTo("http://localhost:8082/api/v1/overdrachten/" + overdrachtId);
        assertThat(zaak.get("regisseur").isNull()).isTrue();
        assertThat(zaak.get("signalen").isEmpty()).isTrue();

        ConsumerRecord<String, byte[]> geopend = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.zaak-geopend.v1", zaakId);
        KetenEvent geopendEvent = CloudEventsKafkaCodec.decode(geopend);
        assertThat(geopend.key()).isEqualTo(gezinId);
        assertThat(geopendEvent.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
        // the chain stays traceable: caused by the OverdrachtGedaan, in its correlation
        assertThat(geopendEvent.causationId()).isEqualTo(header(overdracht, "ce_id"));
        assertThat(geopendEvent.correlationId()).isEqualTo(header(overdracht, "ce_correlationid"));
        EventContract.assertValid("zaak-geopend.v1", geopendEvent.data());

        // at-least-once: a redelivery (same ce_id) and a republication (new ce_id) of the same overdracht,
        // and another triage event type, which is recorded but ignored
        send(overdracht);
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        ProducerRecord<String, byte[]> andereType = anderType(gezinId);
        RecordMetadata laatste = send(andereType);
        awaitConsumed(laatste);
        assertThat(zaken(gezinId)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT event_type FROM inbox_message WHERE consumer = ? AND event_id = ?",
                String.class, WijkteamServiceApplication.NAAM, header(andereType, "ce_id")))
                .isEqualTo("nl.veilig-thuis.keten.triage.triage-afgerond.v1");

        var acceptatie = post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}");
        assertThat(acceptatie.statusCode()).isEqualTo(200);
        JsonNode antwoord = JSON.readTree(acceptatie.body());
        assertThat(antwoord.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(antwoord.get("status").asString()).isEqualTo("IN_BEHANDELING");

        ConsumerRecord<String, byte[]> geaccepteerd = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1", zaakId);
        KetenEvent event = CloudEventsKafkaCodec.decode(geaccepteerd);
        assertThat(geaccepteerd.key()).isEqualTo(gezinId);
        assertThat(event.subject()).isEqualTo(gezinId);
        assertThat(event.source()).hasToString("urn:nl-veilig-thuis:keten:wijkteam-service");
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
        EventContract.assertValid("overdracht-geaccepteerd.v1", event.data());
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("actor").get("rol").asString()).isEqualTo("WIJKTEAMMEDEWERKER");
        assertThat(payload.get("actor").get("organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");
        // D4: the medewerker's name stays in wijkteam-service, in neither the payload nor a header
        assertThat(new String(event.data(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Amrani");
        for (Header header : geaccepteerd.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Amrani");
        }

        await().atMost(LANG).until(() -> "IN_BEHANDELING".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("status").asString()));
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("geaccepteerdOp").isNull()).isFalse();

        // R9: accepted once; a second acceptance is refused with the rule
        var nogmaals = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"Joost\"}}");
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(nogmaals.body()).get("regel").asString()).isEqualTo("R9");
    }

    @Test
    void invalidRequestsAreRefusedAsProblemsAndChangeNothing() throws Exception {
        long eventsBefore = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        String zaakId = OpenZaak.zaakIdVoor(UUID.randomUUID().toString());

        var leeg = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \" \"}}");
        assertProblem(leeg, 400);
        assertThat(invalidParams(leeg)).containsExactly("medewerker.naam");

        var teLang = post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + "x".repeat(201) + "\"}}");
        assertProblem(teLang, 400);
        assertThat(invalidParams(teLang)).containsExactly("medewerker.naam");

        var zonderMedewerker = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{}");
        assertProblem(zonderMedewerker, 400);
        assertThat(invalidParams(zonderMedewerker)).containsExactlyInAnyOrder("medewerker", "team");

        var zonderGezin = get("/api/v1/zaken");
        assertProblem(zonderGezin, 400);
        assertThat(invalidParams(zonderGezin)).containsExactly("gezinId");

        assertProblem(post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"Joost\"}}"), 404);
        assertProblem(get("/api/v1/zaken/" + zaakId), 404);
        assertThat(JSON.readTree(get("/api/v1/zaken?gezinId=" + UUID.randomUUID()).body()).isEmpty()).isTrue();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(eventsBefore);
    }

    @Test
    void aRecordThatIsNotACloudEventIsParkedOnTheDeadLetterTopic() {
        String sleutel = UUID.randomUUID().toString();
        byte[] waarde = "{\"overdrachtId\": \"zonder-headers\"}".getBytes(StandardCharsets.UTF_8);
        send(new ProducerRecord<>(KetenTopics.TRIAGE, sleutel, waarde));

        ConsumerRecord<String, byte[]> geparkeerd = await().atMost(LANG).until(() -> {
            poll();
            return ontvangen.stream()
                    .filter(r -> r.topic().equals(DEAD_LETTERS) && sleutel.equals(r.key()))
                    .findFirst().orElse(null);
        }, r -> r != null);
        assertThat(geparkeerd.value()).isEqualTo(waarde);
        assertThat(new String(geparkeerd.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value(),
                StandardCharsets.UTF_8)).contains("OngeldigCloudEventException");
    }

    @Test
    void r9_r16_aReturnViaRestIsPublishedWithoutToelichtingOrMedewerker() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);
        String meldingId = zaken(gezinId).get(0).get("meldingId").asString();
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);

        // R16: in treatment, no question for help while risks remain: returned to Veilig Thuis, not closed
        var terugmelding = post("/api/v1/zaken/" + zaakId + "/terugmelding",
                terugmelding("\"GEEN_HULPVRAAG_BIJ_ONVEILIGHEID\""));
        assertThat(terugmelding.statusCode()).isEqualTo(200);
        JsonNode antwoord = JSON.readTree(terugmelding.body());
        assertThat(antwoord.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(antwoord.get("status").asString()).isEqualTo("TERUGGEMELD");

        ConsumerRecord<String, byte[]> teruggemeld = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.zaak-teruggemeld.v1", zaakId);
        KetenEvent event = CloudEventsKafkaCodec.decode(teruggemeld);
        assertThat(teruggemeld.key()).isEqualTo(gezinId);
        assertThat(event.subject()).isEqualTo(gezinId);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
        EventContract.assertValid("zaak-teruggemeld.v1", teruggemeld.value());
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("overdrachtId").asString()).isEqualTo(overdrachtId);
        assertThat(payload.get("meldingId").asString()).isEqualTo(meldingId);
        assertThat(payload.get("route").asString()).isEqualTo("NA_ONDERZOEK");
        assertThat(payload.get("reden").asString()).isEqualTo("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID");
        assertThat(payload.get("actor").get("rol").asString()).isEqualTo("WIJKTEAMMEDEWERKER");
        assertThat(payload.get("actor").get("organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");
        // D4: the toelichting and the medewerker stay in wijkteam-service, in neither the record nor a header
        assertThat(new String(teruggemeld.value(), StandardCharsets.UTF_8))
                .doesNotContain(TOELICHTING, "Fatima", "Amrani", TELEFOON);
        for (Header header : teruggemeld.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8))
                    .doesNotContain(TOELICHTING, "Fatima", "Amrani", TELEFOON);
        }

        await().atMost(LANG).until(() -> "TERUGGEMELD".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("status").asString()));
        JsonNode zaak = JSON.readTree(get("/api/v1/zaken/" + zaakId).body());
        assertThat(zaak.get("redenTerugmelding").asString()).isEqualTo("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID");
        assertThat(zaak.get("teruggemeldOp").isNull()).isFalse();
        var lijst = get("/api/v1/zaken?gezinId=" + gezinId).body();
        assertThat(JSON.readTree(lijst).get(0).get("status").asString()).isEqualTo("TERUGGEMELD");
        assertThat(JSON.readTree(lijst).get(0).get("redenTerugmelding").asString())
                .isEqualTo("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID");
        assertThat(lijst).doesNotContain(TOELICHTING, "toelichting", MEDEWERKER, TELEFOON);

        // R9: returned once; neither a second return nor a late acceptance is possible
        var nogmaals = post("/api/v1/zaken/" + zaakId + "/terugmelding", terugmelding("\"ONVOLDOENDE_MIDDELEN\""));
        assertProblem(nogmaals, 409);
        assertThat(JSON.readTree(nogmaals.body()).get("regel").asString()).isEqualTo("R9");
        var acceptatie = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"Joost\"}}");
        assertProblem(acceptatie, 409);
        assertThat(JSON.readTree(acceptatie.body()).get("regel").asString()).isEqualTo("R9");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(3);
    }

    @Test
    void r9_aReturnWithoutRedenIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);
        String pad = "/api/v1/zaken/" + zaakId + "/terugmelding";

        var zonderReden = post(pad, terugmelding("null"));
        assertProblem(zonderReden, 400);
        assertThat(invalidParams(zonderReden)).containsExactly("reden");

        var onbekendeReden = post(pad, terugmelding("\"GEEN_ZIN\""));
        assertProblem(onbekendeReden, 400);
        assertThat(invalidParams(onbekendeReden)).containsExactly("reden");

        var leeg = post(pad, "{}");
        assertProblem(leeg, 400);
        assertThat(invalidParams(leeg)).containsExactly("medewerker", "reden", "toelichting");

        var teLang = post(pad, """
                {"reden": "ONVOLDOENDE_MIDDELEN", "toelichting": "%s", "medewerker": {"naam": " ", "telefoon": "%s"}}"""
                .formatted("x".repeat(10_001), "1".repeat(51)));
        assertProblem(teLang, 400);
        assertThat(invalidParams(teLang)).containsExactly("medewerker.naam", "medewerker.telefoon", "toelichting");

        assertProblem(post("/api/v1/zaken/" + OpenZaak.zaakIdVoor(UUID.randomUUID().toString()) + "/terugmelding",
                terugmelding("\"ONVOLDOENDE_MIDDELEN\"")), 404);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(1);
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("status").asString())
                .isEqualTo("OVERDRACHT_ONTVANGEN");
    }

    @Test
    void d6_theWijkteamEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/v1/openapi.json").body());
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode schemas = doc.at("/components/schemas");
        for (String veld : new String[] {"naam", "telefoon", "organisatie"}) {
            assertThat(schemas.at("/RegisseurRequest/properties/" + veld + "/example").isMissingNode()).isFalse();
        }
        assertThat(schemas.at("/RegisseurToewijzingRequest/properties/reden/example").isMissingNode()).isFalse();
        JsonNode paden = doc.get("paths");
        JsonNode terugmelding = paden.get("/api/v1/zaken/{zaakId}/terugmelding").get("post");
        assertThat(terugmelding.get("summary").asString()).contains("R9", "R16");
        JsonNode body = terugmelding.at("/requestBody/content/application~1json");
        assertThat(body.at("/schema/$ref").asString()).endsWith("/TerugmeldingRequest");
        assertThat(body.get("examples").size()).isEqualTo(2);
        assertThat(paden.get("/api/v1/zaken/{zaakId}/acceptatie").at("/post/requestBody/content/application~1json")
                .get("examples").size()).isEqualTo(2);
        JsonNode regisseur = paden.get("/api/v1/zaken/{zaakId}/regisseur").get("post");
        assertThat(regisseur.get("summary").asString()).contains("R10");
        assertThat(regisseur.at("/requestBody/content/application~1json/examples").size()).isEqualTo(2);
        assertThat(paden.get("/api/v1/zaken/{zaakId}/regie").at("/get/summary").asString()).contains("R10");
        assertThat(paden.get("/api/v1/zaken").at("/get/parameters/0/example").isMissingNode()).isFalse();
        assertThat(paden.get("/api/v1/zaken/{zaakId}").at("/get/parameters/0/example").isMissingNode()).isFalse();
    }

    @Test
    void r10_aCasusregisseurIsAssignedAndChangedViaRestWithItsHistoryAndPublishedWithoutNames() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        String pad = "/api/v1/zaken/" + zaakId + "/regisseur";
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);

        // R10 after R9: no regisseur before the wijkteam accepted the handover
        assertRegel(post(pad, toewijzing(FATIMA, null)), "R10");

        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);
        // R10: accepted and nobody holds the regie: the zaak signals it
        await().atMost(LANG).until(() -> regieSignalen(zaakId).equals(List.of("GEEN_REGISSEUR")));
        assertThat(zaken(gezinId).get(0).get("signalen").get(0).asString()).isEqualTo("GEEN_REGISSEUR");

        var eerste = post(pad, toewijzing(FATIMA, null));
        assertThat(eerste.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(eerste.body()).get("wissel").asBoolean()).isFalse();
        await().atMost(LANG).until(() -> regieSignalen(zaakId).isEmpty());
        JsonNode huidige = JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("regisseur");
        assertThat(huidige.get("naam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(huidige.get("telefoon").asString()).isEqualTo("010-2345678");
        assertThat(huidige.get("organisatie").asString()).isEqualTo("Minters");
        assertThat(huidige.get("sinds").isNull()).isFalse();

        // R10: a change names its reason, and the current regisseur is not a change
        assertRegel(post(pad, toewijzing(JOOST, null)), "R10");
        assertRegel(post(pad, toewijzing(FATIMA, WISSELREDEN)), "R10");

        var wissel = post(pad, toewijzing(JOOST, WISSELREDEN));
        assertThat(wissel.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(wissel.body()).get("wissel").asBoolean()).isTrue();
        await().atMost(LANG).until(() -> "Joost de Vries".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).at("/regisseur/naam").asString()));
        JsonNode lijst = zaken(gezinId).get(0);
        assertThat(lijst.at("/regisseur/organisatie").asString()).isEqualTo("Enver");
        assertThat(lijst.get("signalen").toString()).doesNotContain("GEEN_REGISSEUR");

        JsonNode perioden = JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body()).get("perioden");
        assertThat(perioden.size()).isEqualTo(2);
        assertThat(perioden.get(0).get("naam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(perioden.get(0).get("reden").isNull()).isTrue();
        assertThat(perioden.get(0).get("tot").asString()).isEqualTo(perioden.get(1).get("van").asString());
        assertThat(perioden.get(1).get("naam").asString()).isEqualTo("Joost de Vries");
        assertThat(perioden.get(1).get("telefoon").asString()).isEqualTo("010-8765432");
        assertThat(perioden.get(1).get("reden").asString()).isEqualTo(WISSELREDEN);
        assertThat(perioden.get(1).get("tot").isNull()).isTrue();

        List<ConsumerRecord<String, byte[]>> gepubliceerd = awaitRecords(REGISSEUR_TOEGEWEZEN, zaakId, 2);
        for (int i = 0; i < 2; i++) {
            ConsumerRecord<String, byte[]> record = gepubliceerd.get(i);
            KetenEvent event = CloudEventsKafkaCodec.decode(record);
            assertThat(record.key()).isEqualTo(gezinId);
            assertThat(event.subject()).isEqualTo(gezinId);
            assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
            EventContract.assertValid("regisseur-toegewezen.v1", record.value());
            JsonNode payload = JSON.readTree(event.data());
            assertThat(payload.get("wissel").asBoolean()).isEqualTo(i == 1);
            assertThat(payload.at("/actor/rol").asString()).isEqualTo("CASUSREGISSEUR");
            assertThat(payload.at("/actor/organisatie").asString()).isEqualTo(i == 0 ? "Minters" : "Enver");
            // D4: names, phone numbers and the reason stay in wijkteam-service
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Amrani",
                    "Joost", "Vries", "010-", WISSELREDEN, "verlof");
            for (Header header : record.headers()) {
                assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Joost",
                        "010-", "verlof");
            }
        }

        // R9/R10: after a terugmelding the regie is no longer with the wijkteam
        assertThat(post("/api/v1/zaken/" + zaakId + "/terugmelding", terugmelding("\"ONVOLDOENDE_MIDDELEN\""))
                .statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> !JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body())
                .at("/perioden/1/tot").isNull());
        JsonNode teruggemeld = JSON.readTree(get("/api/v1/zaken/" + zaakId).body());
        assertThat(teruggemeld.get("regisseur").isNull()).isTrue();
        assertThat(teruggemeld.get("signalen").isEmpty()).isTrue();
        assertRegel(post(pad, toewijzing(FATIMA, WISSELREDEN)), "R10");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(5);
    }

    @Test
    void r10_theFirstRegisseurMayBeNamedAtAcceptance() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);

        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER
                + "\"}, \"regisseur\": " + FATIMA + "}").statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> "Fatima el Amrani".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).at("/regisseur/naam").asString()));
        assertThat(regieSignalen(zaakId)).isEmpty();
        JsonNode payload = JSON.readTree(CloudEventsKafkaCodec.decode(
                awaitRecords(REGISSEUR_TOEGEWEZEN, zaakId, 1).get(0)).data());
        assertThat(payload.get("wissel").asBoolean()).isFalse();
    }

    @Test
    void r10_anAssignmentWithoutRegisseurIsRefusedNamingTheFieldsAndChangesNothing() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);
        String pad = "/api/v1/zaken/" + zaakId + "/regisseur";

        var leeg = post(pad, "{}");
        assertProblem(leeg, 400);
        assertThat(invalidParams(leeg)).containsExactly("regisseur");

        var zonderGegevens = post(pad, "{\"regisseur\": {\"naam\": \" \"}}");
        assertProblem(zonderGegevens, 400);
        assertThat(invalidParams(zonderGegevens))
                .containsExactly("regisseur.naam", "regisseur.organisatie", "regisseur.telefoon");

        var teLang = post(pad, toewijzing(regisseur("x".repeat(201), "1".repeat(51), "y".repeat(201)),
                "z".repeat(10_001)));
        assertProblem(teLang, 400);
        assertThat(invalidParams(teLang))
                .containsExactly("reden", "regisseur.naam", "regisseur.organisatie", "regisseur.telefoon");

        String onbekend = OpenZaak.zaakIdVoor(UUID.randomUUID().toString());
        assertProblem(post("/api/v1/zaken/" + onbekend + "/regisseur", toewijzing(FATIMA, null)), 404);
        assertProblem(get("/api/v1/zaken/" + onbekend + "/regie"), 404);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(2);
        await().atMost(LANG).until(() -> regieSignalen(zaakId).equals(List.of("GEEN_REGISSEUR")));
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body()).get("perioden").isEmpty()).isTrue();
    }

    @Test
    void r15_anEscalationKeepsTheRegieAndANamedZichthouderUntilTheTafelDecides() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        String pad = "/api/v1/zaken/" + zaakId + "/opschalingen";
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": "
                + "{\"naam\": \"" + MEDEWERKER + "\"}, \"regisseur\": " + FATIMA + "}").statusCode()).isEqualTo(200);

        var onvolledig = post(pad, "{\"tafel\": \"CIT\", \"toelichting\": \" \", \"zichthouder\": {\"naam\": \"Joost\"}}");
        assertProblem(onvolledig, 400);
        assertThat(invalidParams(onvolledig)).containsExactlyInAnyOrder("reden", "toelichting", "medewerker",
                "zichthouder.telefoon", "zichthouder.organisatie");
        // R15: the CIT is for a crisis
        assertRegel(post(pad, opschaling("CIT", "GEZIN_WERKT_NIET_MEE")), "R15");

        var opgeschaald = post(pad, opschaling("JEUGDBESCHERMINGSTAFEL", "GEEN_VERANDERING_ONDANKS_HULP"));
        assertThat(opgeschaald.statusCode()).isEqualTo(200);
        String opschalingId = JSON.readTree(opgeschaald.body()).get("opschalingId").asString();
        await().atMost(LANG).until(() -> signalen(zaakId).contains("OPGESCHAALD_WACHT_OP_BESLUIT"));
        // R10: the zaak shows who holds the regie while the tafel is also involved
        JsonNode wachtend = JSON.readTree(get("/api/v1/zaken/" + zaakId).body());
        assertThat(wachtend.at("/regisseur/naam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(wachtend.get("ookBetrokken").toString()).isEqualTo("[\"JEUGDBESCHERMINGSTAFEL\"]");
        JsonNode lijst = JSON.readTree(get(pad).body());
        assertThat(lijst.size()).isEqualTo(1);
        assertThat(lijst.get(0).at("/zichthouder/naam").asString()).isEqualTo("Joost de Vries");
        assertThat(lijst.get(0).get("besluit").isNull()).isTrue();
        // R10/R15: waiting for the tafel, the regie stays and the zaak cannot be returned
        assertRegel(post("/api/v1/zaken/" + zaakId + "/terugmelding", terugmelding("\"ONVOLDOENDE_MIDDELEN\"")), "R15");
        assertRegel(post(pad, opschaling("LOKAAL_ZORGNETWERK", "PROBLEMATIEK_OVERSTIJGT_LOKAAL_VELD")), "R15");

        var besluit = post(pad + "/" + opschalingId + "/besluit", "{\"besluit\": \"REGIE_OVERGEDRAGEN\", "
                + "\"toelichting\": \"Ondertoezichtstelling uitgesproken\", \"nieuweRegisseur\": "
                + regisseur("Sanne Bakker", "010-5556677", "Jeugdbescherming west") + "}");
        assertThat(besluit.statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> !signalen(zaakId).contains("OPGESCHAALD_WACHT_OP_BESLUIT"));
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("ookBetrokken").isEmpty()).isTrue();
        await().atMost(LANG).until(() -> "Sanne Bakker".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).at("/regisseur/naam").asString()));
        JsonNode perioden = JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body()).get("perioden");
        assertThat(perioden.get(1).get("reden").asString())
                .isEqualTo("Besluit Jeugdbeschermingstafel: Ondertoezichtstelling uitgesproken");

        ConsumerRecord<String, byte[]> gepubliceerd = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.zaak-opgeschaald.v1", zaakId);
        EventContract.assertValid("zaak-opgeschaald.v1", gepubliceerd.value());
        assertThat(new String(gepubliceerd.value(), StandardCharsets.UTF_8)).doesNotContain("Joost", "verandering");
        ConsumerRecord<String, byte[]> besloten = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.opschaling-besloten.v1", zaakId);
        EventContract.assertValid("opschaling-besloten.v1", besloten.value());
        assertThat(JSON.readTree(besloten.value()).get("besluit").asString()).isEqualTo("REGIE_OVERGEDRAGEN");
    }

    @Test
    void theWorklistsPerGemeenteAndTeamShowOpenZakenWithSignalsAndReturnsPerGezin() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String westwijk = zaakVan(gezinId);
        String teruggemeld = zaakVan(gezinId);
        String nieuw = zaakVan(UUID.randomUUID().toString());
        String holy = zaakVan(UUID.randomUUID().toString());
        accepteer(westwijk, "Westwijk");
        accepteer(teruggemeld, "Westwijk");
        accepteer(holy, "Holy");
        assertThat(post("/api/v1/zaken/" + teruggemeld + "/terugmelding",
                terugmelding("\"ONVOLDOENDE_MIDDELEN\"")).statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> "TERUGGEMELD".equals(
                JSON.readTree(get("/api/v1/zaken/" + teruggemeld).body()).get("status").asString()));

        JsonNode gemeente = JSON.readTree(get("/api/v1/werkvoorraad?gemeente=vlaardingen").body());
        assertThat(zaakIds(gemeente)).contains(westwijk, nieuw, holy).doesNotContain(teruggemeld);
        JsonNode team = JSON.readTree(get("/api/v1/werkvoorraad?gemeente=Vlaardingen&team=Westwijk").body());
        // a handover no team accepted yet is in front of every team of the gemeente
        assertThat(zaakIds(team)).contains(westwijk, nieuw).doesNotContain(holy, teruggemeld);
        JsonNode zaak = zaakIn(team, westwijk);
        assertThat(zaak.get("team").asString()).isEqualTo("Westwijk");
        assertThat(zaak.get("status").asString()).isEqualTo("IN_BEHANDELING");
        // R10: no regisseur is a signal on the team's worklist
        assertThat(zaak.get("signalen").toString()).contains("GEEN_REGISSEUR");
        // R9: the gezin's returns to VT travel with its open zaak and are listed per gezin
        assertThat(zaak.get("terugmeldingenGezin").asInt()).isEqualTo(1);
        JsonNode perGezin = null;
        for (JsonNode rij : team.get("terugmeldingenPerGezin")) {
            if (rij.get("gezinId").asString().equals(gezinId)) {
                perGezin = rij;
            }
        }
        assertThat(perGezin).isNotNull();
        assertThat(perGezin.get("aantal").asInt()).isEqualTo(1);
        assertThat(zaakIn(team, nieuw).get("status").asString()).isEqualTo("OVERDRACHT_ONTVANGEN");
        assertThat(zaakIn(team, nieuw).get("team").isNull()).isTrue();

        var zonderGemeente = get("/api/v1/werkvoorraad?team=Westwijk");
        assertProblem(zonderGemeente, 400);
        assertThat(invalidParams(zonderGemeente)).containsExactly("gemeente");
    }

    private String zaakVan(String gezinId) throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        await().atMost(LANG).until(() -> get("/api/v1/zaken/" + zaakId).statusCode() == 200);
        return zaakId;
    }

    private void accepteer(String zaakId, String team) throws Exception {
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"" + team + "\", \"medewerker\": "
                + "{\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> team.equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("team").asString()));
    }

    private static List<String> zaakIds(JsonNode werkvoorraad) {
        List<String> ids = new ArrayList<>();
        werkvoorraad.get("zaken").forEach(zaak -> ids.add(zaak.get("zaakId").asString()));
        return ids;
    }

    private static JsonNode zaakIn(JsonNode werkvoorraad, String zaakId) {
        for (JsonNode zaak : werkvoorraad.get("zaken")) {
            if (zaak.get("zaakId").asString().equals(zaakId)) {
                return zaak;
            }
        }
        throw new AssertionError("zaak " + zaakId + " staat niet in de werkvoorraad");
    }

    private static String opschaling(String tafel, String reden) {
        return "{\"tafel\": \"" + tafel + "\", \"reden\": \"" + reden + "\", \"toelichting\": \"Geen verandering\", "
                + "\"zichthouder\": " + regisseur("Joost de Vries", "010-8765432", "Enver") + ", "
                + "\"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}";
    }

    private static String regisseur(String naam, String telefoon, String organisatie) {
        return """
                {"naam": "%s", "telefoon": "%s", "organisatie": "%s"}""".formatted(naam, telefoon, organisatie);
    }

    private static String toewijzing(String regisseur, String reden) {
        return "{\"regisseur\": " + regisseur + (reden == null ? "" : ", \"reden\": \"" + reden + "\"") + "}";
    }

    /** The zaak's R10 signal only: the intake and the plans set their own signals at acceptance. */
    private List<String> regieSignalen(String zaakId) throws Exception {
        return signalen(zaakId).stream().filter("GEEN_REGISSEUR"::equals).toList();
    }

    private List<String> signalen(String zaakId) throws Exception {
        List<String> codes = new ArrayList<>();
        JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("signalen").forEach(c -> codes.add(c.asString()));
        return codes;
    }

    private static void assertRegel(HttpResponse<String> response, String regel) {
        assertProblem(response, 409);
        assertThat(JSON.readTree(response.body()).get("regel").asString()).isEqualTo(regel);
    }

    private List<ConsumerRecord<String, byte[]>> awaitRecords(String type, String zaakId, int aantal) {
        return await().atMost(LANG).until(() -> {
            poll();
            return ontvangen.stream()
                    .filter(r -> r.topic().equals(KetenTopics.WIJKTEAM))
                    .filter(r -> type.equals(header(r.headers().lastHeader("ce_type"))))
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(zaakId))
                    .toList();
        }, records -> records.size() >= aantal);
    }

    private static String terugmelding(String reden) {
        return """
                {"reden": %s, "toelichting": "%s", "medewerker": {"naam": "%s", "telefoon": "%s"}}"""
                .formatted(reden, TOELICHTING, MEDEWERKER, TELEFOON);
    }

    private ProducerRecord<String, byte[]> overdrachtGedaan(String eventId, String overdrachtId, String gezinId) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample("overdracht-gedaan.v1"));
        payload.put("overdrachtId", overdrachtId);
        payload.put("meldingId", UUID.randomUUID().toString());
        payload.put("gezinId", gezinId);
        payload.put("onderzoekId", UUID.randomUUID().toString());
        payload.put("overdrachtGedaanOp", Instant.now().toString());
        byte[] data = JSON.writeValueAsBytes(payload);
        EventContract.assertValid("overdracht-gedaan.v1", data);
        return CloudEventsKafkaCodec.encode(KetenTopics.TRIAGE, new KetenEvent(eventId, OVERDRACHT_GEDAAN,
                URI.create("urn:nl-veilig-thuis:keten:triage-service"), gezinId, Instant.now(),
                URI.create("http://localhost:8082/api/v1/overdrachten/" + overdrachtId),
                "correlatie-" + gezinId, UUID.randomUUID().toString(), null, data));
    }

    private ProducerRecord<String, byte[]> anderType(String gezinId) {
        return CloudEventsKafkaCodec.encode(KetenTopics.TRIAGE, new KetenEvent(UUID.randomUUID().toString(),
                "nl.veilig-thuis.keten.triage.triage-afgerond.v1",
                URI.create("urn:nl-veilig-thuis:keten:triage-service"), gezinId, Instant.now(), null, null, null,
                null, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    private RecordMetadata send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's consumer group committed past {@code record}: it and everything before it was handled. */
    private void awaitConsumed(RecordMetadata record) {
        var partitie = new TopicPartition(record.topic(), record.partition());
        await().atMost(LANG).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin
                    .listConsumerGroupOffsets(WijkteamServiceApplication.NAAM)
                    .partitionsToOffsetAndMetadata().get();
            OffsetAndMetadata offset = offsets.get(partitie);
            return offset != null && offset.offset() > record.offset();
        });
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String topic, String type, String zaakId) {
        return await().atMost(LANG).until(() -> {
            poll();
            return ontvangen.stream()
                    .filter(r -> r.topic().equals(topic))
                    .filter(r -> type.equals(header(r.headers().lastHeader("ce_type"))))
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(zaakId))
                    .findFirst().orElse(null);
        }, r -> r != null);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(ontvangen::add);
    }

    private static String header(ProducerRecord<String, byte[]> record, String naam) {
        return header(record.headers().lastHeader(naam));
    }

    private static String header(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private List<JsonNode> zaken(String gezinId) throws Exception {
        var response = get("/api/v1/zaken?gezinId=" + gezinId);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> zaken = new ArrayList<>();
        JSON.readTree(response.body()).forEach(zaken::add);
        return zaken;
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static List<String> invalidParams(HttpResponse<String> response) {
        List<String> velden = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        return velden;
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
