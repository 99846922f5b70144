package nl.veiligthuis.keten.monitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.platform.projectie.Tabeldekking;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.tijd.Klok;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** monitoring-service against a real PostgreSQL and a real Kafka broker, fed with real CloudEvents. */
class MonitoringIntegrationTest extends MonitoringIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration MAX = Duration.ofSeconds(60);

    @Autowired
    List<ProjectieDigest> digests;

    @Autowired
    Klok klok;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<JavaMigration> javaMigraties;

    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> gepubliceerd = new ArrayList<>();

    @BeforeAll
    void connect() {
        String bootstrap = TestInfrastructure.get().bootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "monitoring-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(KetenTopics.MONITORING));
    }

    @AfterAll
    void close() {
        producer.close();
        consumer.close();
    }

    @Test
    void aHandoverAfterOnderzoekStartsMonitoringThatExpiresWithoutContact() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        Instant voorAanvang = klok.instant().minusSeconds(1);
        Instant overdrachtGedaanOp = klok.instant().minus(Duration.ofDays(1));
        // the melding's clock runs ahead of triage's: its tijdstip is later than the handover it led to
        KetenEvent melding = meldingOntvangen(gezinId, overdrachtGedaanOp.plusSeconds(300));
        KetenEvent overdracht = overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK", overdrachtGedaanOp,
                melding.id());
        send(KetenTopics.TRIAGE, overdracht);
        send(KetenTopics.MELDING, melding);

        // R19: every step in causal order, the monitoring's own event included (own topic round-trip)
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart");
        JsonNode tijdlijn = tijdlijn(gezinId);
        JsonNode gestart = tijdlijn.get("gebeurtenissen").get(2);
        assertThat(gestart.get("causationId").asString()).isEqualTo(overdracht.id());
        assertThat(gestart.get("bron").asString()).isEqualTo("monitoring-service");
        assertThat(gestart.get("actor").get("rol").asString()).isEqualTo("VT_MONITORING");
        assertThat(tijdlijn.get("gebeurtenissen").get(1).get("samenvatting").asString())
                .isEqualTo("Overdracht gedaan in gemeente Vlaardingen (route NA_ONDERZOEK)");
        // the actor is taken from the payload: the melder by kind, never a name
        assertThat(tijdlijn.get("gebeurtenissen").get(0).get("actor").get("rol").asString()).isEqualTo("MELDER_POLITIE");
        assertThat(tijdlijn.get("gebeurtenissen").get(0).get("actor").get("organisatie").asString()).isEqualTo("Politie");
        // R19: the timeline as it was known before anything arrived
        assertThat(json(get("/api/v1/gezinnen/" + gezinId + "/tijdlijn?bekendOp=" + voorAanvang))
                .get("gebeurtenissen")).isEmpty();

        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        // the overview is another processor than the one that publishes to the timeline: it may come second
        JsonNode monitoringen = await().atMost(MAX).until(
                () -> json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen"),
                lijst -> !lijst.isEmpty());
        assertThat(monitoringen).hasSize(1);
        assertThat(monitoringen.get(0).get("monitoringId").asString()).isEqualTo(monitoringId);
        assertThat(monitoringen.get(0).get("status").asString()).isEqualTo("LOPEND");

        // a redelivered record changes nothing; an event of an unknown type still gets an entry
        send(KetenTopics.TRIAGE, overdracht);
        send(KetenTopics.TRIAGE, onbekend(gezinId));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "IetsNieuws");
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen")).hasSize(1);
        // R19: the redelivery did not extend the hash chain
        assertThat(verificatie(gezinId).get("aantal").asLong()).isEqualTo(4);
        assertThat(verificatie(gezinId).get("intact").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, monitoringId)).isEqualTo(1);

        // R14: three months without contact
        klok.verschuif(Duration.ofDays(93));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "IetsNieuws",
                "MonitoringVerlopen");
        // the overview is another processor than the publisher: it may come second
        await().atMost(MAX).until(() -> "VERLOPEN".equals(
                json(get("/api/v1/monitoringen/" + monitoringId)).get("status").asString()));
        ConsumerRecord<String, byte[]> verlopen = awaitRecord(gezinId, "monitoring-verlopen");
        EventContract.assertValid("monitoring-verlopen.v1", verlopen.value());
        KetenEvent event = CloudEventsKafkaCodec.decode(verlopen);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/monitoringen/" + monitoringId);
        assertThat(event.source()).hasToString("urn:nl-veilig-thuis:keten:monitoring-service");
        EventContract.assertValid("monitoring-gestart.v1", awaitRecord(gezinId, "monitoring-gestart").value());
    }

    @Test
    void aContactInTimeCompletesTheMonitoringAndKeepsTheGoalsInThisService() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        Instant overdrachtGedaanOp = klok.instant().minus(Duration.ofDays(2));
        // only a handover after onderzoek is monitored by Veilig Thuis (R14)
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, uuid(), "NA_TRIAGE", overdrachtGedaanOp, null));
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK", overdrachtGedaanOp, null));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen")).hasSize(1);

        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [1, 2], "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(response.statusCode()).isEqualTo(201);

        awaitTijdlijn(gezinId, "OverdrachtGedaan", "OverdrachtGedaan", "MonitoringGestart",
                "MonitoringContactVastgelegd", "MonitoringAfgerond");
        JsonNode monitoring = json(get("/api/v1/monitoringen/" + monitoringId));
        assertThat(monitoring.get("status").asString()).isEqualTo("AFGEROND");
        assertThat(monitoring.get("contacten").get(0).get("besprokenDoelen")).hasSize(2);

        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        // D4: names stay in this service
        assertThat(new String(contact.value(), StandardCharsets.UTF_8)).doesNotContain("Annemiek", "Vries");
        EventContract.assertValid("monitoring-afgerond.v1", awaitRecord(gezinId, "monitoring-afgerond").value());
    }

    @Test
    void r14_theWijkteamsAnswerToAContactShowsInTheOverviewAndOnTheTimeline() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK",
                klok.instant().minus(Duration.ofDays(3)), null));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [1, 2], "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(response.statusCode()).isEqualTo(201);
        String contactId = json(response).get("contactId").asString();

        // the wijkteam answers the contact by its id, which the published contact now carries
        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        assertThat(JSON.readTree(contact.value()).get("contactId").asString()).isEqualTo(contactId);

        // after the monitoring was completed by the contact; the store keeps microseconds
        Instant beantwoordOp = klok.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        KetenEvent antwoord = antwoordWijkteam(gezinId, monitoringId, contactId, beantwoordOp,
                CloudEventsKafkaCodec.decode(contact).id());
        send(KetenTopics.WIJKTEAM, antwoord);
        await().atMost(MAX).until(() -> !json(get("/api/v1/monitoringen/" + monitoringId))
                .at("/contacten/0/antwoordWijkteam").isNull());
        JsonNode beantwoord = json(get("/api/v1/monitoringen/" + monitoringId)).at("/contacten/0/antwoordWijkteam");
        assertThat(Instant.parse(beantwoord.get("beantwoordOp").asString())).isEqualTo(beantwoordOp);
        assertThat(beantwoord.at("/standen/BEHAALD").asInt()).isEqualTo(1);
        assertThat(beantwoord.at("/standen/IN_UITVOERING").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId))
                .at("/monitoringen/0/contacten/0/antwoordWijkteam/beantwoordOp").isNull()).isFalse();

        // R19: the answer is on the gezin's timeline as counts, after the contact it answers
        awaitTijdlijn(gezinId, "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond", "MonitoringcontactBeantwoord");
        JsonNode opTijdlijn = tijdlijn(gezinId).get("gebeurtenissen").get(4);
        assertThat(opTijdlijn.get("samenvatting").asString())
                .isEqualTo("Monitoringcontact van VT beantwoord door wijkteam; 2 doel(en): 1 BEHAALD, 1 IN_UITVOERING");
        assertThat(opTijdlijn.get("bron").asString()).isEqualTo("wijkteam-service");

        // a redelivery, a republication under a new id and an answer to an unknown monitoring change no monitoring
        send(KetenTopics.WIJKTEAM, antwoord);
        send(KetenTopics.WIJKTEAM, antwoordWijkteam(gezinId, monitoringId, contactId, beantwoordOp, null));
        send(KetenTopics.WIJKTEAM, antwoordWijkteam(gezinId, uuid(), contactId, beantwoordOp, null));
        awaitTijdlijn(gezinId, "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond", "MonitoringcontactBeantwoord", "MonitoringcontactBeantwoord",
                "MonitoringcontactBeantwoord");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, monitoringId)).isEqualTo(4);
    }

    @Test
    void r14_contactsAreOnTheAgreedGoalsByNumberAndTheOverviewShowsWhenEachWasLastDiscussed() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        // the rapportage agreed three goals of support; the handover says how many (R14)
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK",
                klok.instant().minus(Duration.ofDays(5)), null, 3));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        JsonNode gestart = json(get("/api/v1/monitoringen/" + monitoringId));
        assertThat(gestart.get("aantalAfgesprokenDoelen").asInt()).isEqualTo(3);
        assertThat(gestart.get("doelen")).hasSize(3);
        assertThat(gestart.at("/doelen/0/besproken").asBoolean()).isFalse();

        // R14: a number the handover did not agree is refused by its number, nothing recorded
        var onbekendDoel = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [2, 4], "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(onbekendDoel.statusCode()).isEqualTo(409);
        assertThat(json(onbekendDoel).get("regel").asString()).isEqualTo("R14");
        assertThat(json(onbekendDoel).get("detail").asString()).contains("doel 4");

        // after the start, so the timeline shows them in that order; the store keeps microseconds
        Instant contactOp = klok.instant().truncatedTo(ChronoUnit.MILLIS);
        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"contactOp": "%s", "besprokenDoelen": [3, 1], "medewerker": {"naam": "Annemiek de Vries"}}"""
                .formatted(contactOp));
        assertThat(response.statusCode()).isEqualTo(201);

        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        JsonNode payload = JSON.readTree(contact.value());
        assertThat(payload.get("aantalDoelenBesproken").asInt()).isEqualTo(2);
        assertThat(payload.get("besprokenDoelen").toString()).isEqualTo("[1,3]");
        assertThat(payload.get("alleDoelenBesproken").asBoolean()).isFalse();
        assertThat(payload.get("aantalAfgesprokenDoelen").asInt()).isEqualTo(3);
        assertThat(new String(contact.value(), StandardCharsets.UTF_8)).doesNotContain("Annemiek");

        // per agreed goal whether and when it was last discussed, in the overview and in the gezin's list
        await().atMost(MAX).until(() -> json(get("/api/v1/monitoringen/" + monitoringId)).at("/doelen/0/besproken")
                .asBoolean());
        for (JsonNode monitoring : List.of(json(get("/api/v1/monitoringen/" + monitoringId)),
                json(get("/api/v1/monitoringen?gezinId=" + gezinId)).at("/monitoringen/0"))) {
            JsonNode doelen = monitoring.get("doelen");
            assertThat(doelen).hasSize(3);
            assertThat(Instant.parse(doelen.get(0).get("laatstBesprokenOp").asString())).isEqualTo(contactOp);
            assertThat(doelen.get(1).get("besproken").asBoolean()).isFalse();
            assertThat(doelen.get(1).get("laatstBesprokenOp").isNull()).isTrue();
            assertThat(doelen.get(2).get("nummer").asInt()).isEqualTo(3);
            assertThat(Instant.parse(doelen.get(2).get("laatstBesprokenOp").asString())).isEqualTo(contactOp);
            assertThat(monitoring.at("/contacten/0/besprokenDoelen").toString()).isEqualTo("[1,3]");
            assertThat(monitoring.at("/contacten/0/alleDoelenBesproken").asBoolean()).isFalse();
        }

        // R19: the timeline says how many of the agreed goals were discussed
        awaitTijdlijn(gezinId, "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond");
        JsonNode gebeurtenissen = tijdlijn(gezinId).get("gebeurtenissen");
        assertThat(gebeurtenissen.get(1).get("samenvatting").asString()).endsWith("; 3 afgesproken doel(en)");
        assertThat(gebeurtenissen.get(2).get("samenvatting").asString())
                .isEqualTo("Contact in VT monitoring vastgelegd; 2 van 3 afgesproken doelen besproken");
    }

    @Test
    void r5_wachtcontactenOfTriageAreSummarisedOnTheTimelineByCodesOnly() throws Exception {
        String gezinId = uuid();
        KetenEvent vastgelegd = triageSample("wachtcontact-vastgelegd", gezinId);
        KetenEvent gemist = triageSample("wachtcontact-gemist", gezinId);
        send(KetenTopics.TRIAGE, vastgelegd);
        send(KetenTopics.TRIAGE, gemist);
        awaitTijdlijn(gezinId, "WachtcontactVastgelegd", "WachtcontactGemist");
        JsonNode gebeurtenissen = tijdlijn(gezinId).get("gebeurtenissen");
        assertThat(gebeurtenissen.get(0).get("samenvatting").asString()).isEqualTo(
                "Wachtcontact van VT (TELEFONISCH); veiligheid ongewijzigd; volgende uiterlijk op 2026-11-27");
        assertThat(gebeurtenissen.get(1).get("samenvatting").asString())
                .isEqualTo("Wachtcontact gemist bij frequentie DAGELIJKS; uiterlijk op 2026-11-25");
    }

    private KetenEvent triageSample(String naam, String gezinId) {
        String data = EventContract.sample(naam + ".v1").replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId);
        EventContract.assertValid(naam + ".v1", data.getBytes(StandardCharsets.UTF_8));
        Instant tijdstip = Instant.parse(JSON.readTree(data).get(naam.endsWith("gemist") ? "uiterlijkOp" : "contactOp")
                .asString());
        return event("triage-service", "triage." + naam, gezinId, tijdstip, null, null, data);
    }

    @Test
    void anInvalidContactIsRefusedNamingEveryField() throws Exception {
        var response = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"besprokenDoelen": [], "medewerker": {"naam": ""}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> velden = new ArrayList<>();
        json(response).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("besprokenDoelen", "medewerker.naam");

        // R14: a goal is named by a positive number
        var zonderMedewerker = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"besprokenDoelen": [0]}""");
        assertThat(zonderMedewerker.statusCode()).isEqualTo(400);
        assertThat(zonderMedewerker.body()).contains("besprokenDoelen[0]", "medewerker");
        assertThat(post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"besprokenDoelen": ["het eerste"], "medewerker": {"naam": "X"}}""").statusCode()).isEqualTo(400);

        var toekomst = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"contactOp": "2999-01-01T00:00:00Z", "besprokenDoelen": [1],
                 "medewerker": {"naam": "X"}}""");
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("contactOp");

        var zonderGezin = get("/api/v1/monitoringen");
        assertThat(zonderGezin.statusCode()).isEqualTo(400);
        assertThat(zonderGezin.body()).contains("gezinId");
        assertThat(get("/api/v1/gezinnen/" + uuid() + "/tijdlijn?bekendOp=gisteren").statusCode()).isEqualTo(400);

        var onbekend = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"besprokenDoelen": [1], "medewerker": {"naam": "X"}}""");
        assertThat(onbekend.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownGezinHasAnEmptyTimeline() throws Exception {
        var response = get("/api/v1/gezinnen/" + uuid() + "/tijdlijn");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("gebeurtenissen")).isEmpty();
    }

    @Test
    void aMeldingKoppeledToAKnownGezinJoinsThatGezinsTimeline() throws Exception {
        // issue 3 point 3 and R19: one timeline per gezin, also for a melding first registered under a new gezinId
        String bekend = uuid();
        String voorlopig = uuid();
        send(KetenTopics.MELDING, meldingOntvangen(bekend, klok.instant().minusSeconds(3600)));
        send(KetenTopics.MELDING, meldingOntvangen(voorlopig, klok.instant()));
        awaitTijdlijn(bekend, "MeldingOntvangen");
        awaitTijdlijn(voorlopig, "MeldingOntvangen");
        Instant voorDeKoppeling = klok.instant();

        String data = EventContract.sample("melding-aan-gezin-gekoppeld.v1");
        JsonNode voorbeeld = JSON.readTree(data);
        data = data.replace(voorbeeld.get("gezinId").asString(), bekend)
                .replace(voorbeeld.get("vorigGezinId").asString(), voorlopig);
        EventContract.assertValid("melding-aan-gezin-gekoppeld.v1", data.getBytes(StandardCharsets.UTF_8));
        send(KetenTopics.MELDING, event("melding-service", "melding.melding-aan-gezin-gekoppeld", bekend,
                klok.instant(), null, null, data));

        awaitTijdlijn(bekend, "MeldingOntvangen", "MeldingOntvangen", "MeldingAanGezinGekoppeld");
        // as known before the koppeling, the gezin's timeline held only its own melding
        JsonNode toen = json(get("/api/v1/gezinnen/" + bekend + "/tijdlijn?bekendOp=" + voorDeKoppeling));
        assertThat(toen.get("gebeurtenissen")).hasSize(1);
        // R19: the verification covers the koppeled melding's chain too
        JsonNode verificatie = verificatie(bekend);
        assertThat(verificatie.get("aantal").asLong()).isEqualTo(3);
        assertThat(verificatie.get("intact").asBoolean()).isTrue();
    }

    @Test
    void r19_theTimelineIsFilteredByPeriodAndTypeAndPagedInCausalOrder() throws Exception {
        String gezinId = uuid();
        Instant nu = klok.instant().truncatedTo(ChronoUnit.SECONDS);
        KetenEvent a = meldingOntvangen(gezinId, nu.minus(Duration.ofMinutes(50)));
        // the triage's clock is behind: its outcome carries an earlier tijdstip than the melding that caused it
        KetenEvent b = event("triage-service", "triage.triage-afgerond", gezinId, nu.minus(Duration.ofMinutes(60)),
                null, a.id(), """
                        {"uitkomst": "ONDERZOEK",
                         "actor": {"rol": "TRIAGIST", "organisatie": "Veilig Thuis", "naam": "Jan Jansen"}}""");
        KetenEvent c = event("triage-service", "triage.triage-gestart", gezinId, nu.minus(Duration.ofMinutes(55)),
                null, null, "{}");
        KetenEvent d = overdrachtGedaan(gezinId, uuid(), "NA_TRIAGE", nu.minus(Duration.ofMinutes(40)), null);
        send(KetenTopics.MELDING, a);
        send(KetenTopics.TRIAGE, b);
        send(KetenTopics.TRIAGE, c);
        send(KetenTopics.TRIAGE, d);
        awaitTijdlijn(gezinId, "TriageGestart", "MeldingOntvangen", "TriageAfgerond", "OverdrachtGedaan");
        Instant voorE = klok.instant();
        KetenEvent e = event("triage-service", "triage.triage-afgerond", gezinId, nu.minus(Duration.ofMinutes(30)),
                null, null, "{\"uitkomst\": \"ADVIES\"}");
        send(KetenTopics.TRIAGE, e);
        awaitTijdlijn(gezinId, "TriageGestart", "MeldingOntvangen", "TriageAfgerond", "OverdrachtGedaan",
                "TriageAfgerond");
        String pad = "/api/v1/gezinnen/" + gezinId + "/tijdlijn";

        JsonNode perType = json(get(pad + "?type=TriageAfgerond"));
        assertThat(eventIds(perType)).containsExactly(b.id(), e.id());
        assertThat(perType.get("totaal").asLong()).isEqualTo(2);
        assertThat(perType.get("pagina").asInt()).isZero();
        assertThat(perType.get("grootte").asInt()).isEqualTo(100);
        assertThat(perType.get("volgende").isNull()).isTrue();
        // who acted: role and organisation, never a name, also when a producer sent one
        JsonNode actor = perType.at("/gebeurtenissen/0/actor");
        assertThat(actor.get("rol").asString()).isEqualTo("TRIAGIST");
        assertThat(actor.get("organisatie").asString()).isEqualTo("Veilig Thuis");
        assertThat(actor.has("naam")).isFalse();
        assertThat(get(pad).body()).doesNotContain("Jan Jansen");
        JsonNode zonderActor = json(get(pad + "?type=TriageGestart")).at("/gebeurtenissen/0/actor");
        assertThat(zonderActor.get("organisatie").asString()).isEqualTo("triage-service");
        assertThat(zonderActor.get("rol").isNull()).isTrue();

        assertThat(eventIds(json(get(pad + "?type=TriageAfgerond&type=MeldingOntvangen"))))
                .containsExactly(a.id(), b.id(), e.id());
        // the period is on tijdstip, half open; the order stays the causal order
        assertThat(eventIds(json(get(pad + "?van=" + nu.minus(Duration.ofMinutes(52)) + "&tot="
                + nu.minus(Duration.ofMinutes(30)))))).containsExactly(a.id(), d.id());
        // bekendOp together with a filter
        assertThat(eventIds(json(get(pad + "?type=TriageAfgerond&bekendOp=" + voorE)))).containsExactly(b.id());

        // pages of the causally ordered timeline, each pointing to the next
        JsonNode pagina0 = json(get(pad + "?grootte=2"));
        assertThat(eventIds(pagina0)).containsExactly(c.id(), a.id());
        assertThat(pagina0.get("totaal").asLong()).isEqualTo(5);
        String volgende = pagina0.get("volgende").asString();
        assertThat(volgende).startsWith("http://localhost:" + port + pad + "?bekendOp=")
                .contains("pagina=1", "grootte=2");
        JsonNode pagina1 = json(getUrl(volgende));
        assertThat(eventIds(pagina1)).containsExactly(b.id(), d.id());
        assertThat(pagina1.get("pagina").asInt()).isEqualTo(1);
        JsonNode pagina2 = json(getUrl(pagina1.get("volgende").asString()));
        assertThat(eventIds(pagina2)).containsExactly(e.id());
        assertThat(pagina2.get("volgende").isNull()).isTrue();
        assertThat(json(get(pad + "?grootte=2&pagina=9")).get("gebeurtenissen")).isEmpty();

        var ongeldig = get(pad + "?pagina=-1&grootte=501&type=Onzin&van=gisteren");
        assertThat(ongeldig.statusCode()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        json(ongeldig).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("pagina", "grootte", "type", "van");
        assertThat(get(pad + "?grootte=0").body()).contains("grootte");
        assertThat(get(pad + "?pagina=een").statusCode()).isEqualTo(400);
        assertThat(get(pad + "?van=" + nu + "&tot=" + nu.minusSeconds(1)).body()).contains("\"tot\"");
    }

    @Test
    void r19_aStoredRowAlteredInTheDatabaseIsReportedByTheVerification() throws Exception {
        String gezinId = uuid();
        List<String> ids = stuurDrieGebeurtenissen(gezinId);
        JsonNode intact = verificatie(gezinId);
        assertThat(intact.get("gezinId").asString()).isEqualTo(gezinId);
        assertThat(intact.get("aantal").asLong()).isEqualTo(3);
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("eersteAfwijking").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT lengte FROM tijdlijn_hashketen WHERE gezin_id = ?", Long.class,
                gezinId)).isEqualTo(3);

        jdbc.update("UPDATE tijdlijn_gebeurtenis SET samenvatting = ? WHERE event_id = ?",
                "Triage overgeslagen", ids.get(1));

        JsonNode gewijzigd = verificatie(gezinId);
        assertThat(gewijzigd.get("intact").asBoolean()).isFalse();
        assertThat(gewijzigd.get("aantal").asLong()).isEqualTo(3);
        JsonNode afwijking = gewijzigd.get("eersteAfwijking");
        assertThat(afwijking.get("positie").asLong()).isEqualTo(2);
        assertThat(afwijking.get("eventId").asString()).isEqualTo(ids.get(1));
        assertThat(afwijking.get("reden").asString()).isEqualTo("HASH_WIJKT_AF");
        assertThat(afwijking.get("keten").asString()).isEqualTo(gezinId);
        assertThat(verificatie(uuid()).get("intact").asBoolean()).isTrue();
    }

    @Test
    void r19_aRemovedLastRowAndARemovedMiddleRowAreReportedByTheVerification() throws Exception {
        String staart = uuid();
        List<String> staartIds = stuurDrieGebeurtenissen(staart);
        jdbc.update("DELETE FROM tijdlijn_gebeurtenis WHERE event_id = ?", staartIds.get(2));
        JsonNode zonderStaart = verificatie(staart);
        assertThat(zonderStaart.get("intact").asBoolean()).isFalse();
        assertThat(zonderStaart.get("aantal").asLong()).isEqualTo(2);
        assertThat(zonderStaart.at("/eersteAfwijking/positie").asLong()).isEqualTo(3);
        assertThat(zonderStaart.at("/eersteAfwijking/eventId").isNull()).isTrue();
        assertThat(zonderStaart.at("/eersteAfwijking/reden").asString()).isEqualTo("KETENKOP_WIJKT_AF");

        String midden = uuid();
        List<String> middenIds = stuurDrieGebeurtenissen(midden);
        jdbc.update("DELETE FROM tijdlijn_gebeurtenis WHERE event_id = ?", middenIds.get(1));
        JsonNode zonderMidden = verificatie(midden);
        assertThat(zonderMidden.get("intact").asBoolean()).isFalse();
        assertThat(zonderMidden.at("/eersteAfwijking/positie").asLong()).isEqualTo(2);
        assertThat(zonderMidden.at("/eersteAfwijking/eventId").asString()).isEqualTo(middenIds.get(2));
        assertThat(zonderMidden.at("/eersteAfwijking/reden").asString()).isEqualTo("SCHAKEL_VERBROKEN");
    }

    @Test
    void r19_rowsStoredBeforeTheHashChainAreChainedByItsMigrationAsTheConsumerChainsThem() throws Exception {
        String gezinId = uuid();
        stuurDrieGebeurtenissen(gezinId);
        List<String> hashes = jdbc.queryForList(
                "SELECT hash FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer", String.class, gezinId);
        // back to how migration 2.4 leaves rows stored before it: no hashes, no chain head
        jdbc.execute("ALTER TABLE tijdlijn_gebeurtenis ALTER COLUMN hash DROP NOT NULL");
        jdbc.update("UPDATE tijdlijn_gebeurtenis SET vorige_hash = NULL, hash = NULL WHERE gezin_id = ?", gezinId);
        jdbc.update("DELETE FROM tijdlijn_hashketen WHERE gezin_id = ?", gezinId);

        JavaMigration aanvulling = javaMigraties.stream()
                .filter(migratie -> "2.5".equals(migratie.getVersion().getVersion())).findFirst().orElseThrow();
        try (Connection verbinding = dataSource.getConnection()) {
            aanvulling.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return verbinding;
                }
            });
        }

        assertThat(jdbc.queryForList("SELECT hash FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer",
                String.class, gezinId)).isEqualTo(hashes);
        assertThat(jdbc.queryForObject("SELECT laatste_hash FROM tijdlijn_hashketen WHERE gezin_id = ?", String.class,
                gezinId)).isEqualTo(hashes.get(2));
        assertThat(verificatie(gezinId).get("intact").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns "
                + "WHERE table_name = 'tijdlijn_gebeurtenis' AND column_name = 'hash'", String.class)).isEqualTo("NO");
    }

    @Test
    void r19_aHerbouwFromKafkaEqualsTheLiveTimelineAndFindsALiveRowAlteredAfterwards() throws Exception {
        String eerste = uuid();
        String tweede = uuid();
        List<String> ids = stuurDrieGebeurtenissen(eerste);
        send(KetenTopics.MELDING, meldingOntvangen(tweede, klok.instant()));
        send(KetenTopics.TRIAGE, overdrachtGedaan(tweede, uuid(), "NA_TRIAGE", klok.instant(), null));
        producer.send(new ProducerRecord<>(KetenTopics.TRIAGE, tweede, "geen CloudEvent".getBytes(StandardCharsets.UTF_8)))
                .get();
        awaitTijdlijn(tweede, "MeldingOntvangen", "OverdrachtGedaan");

        JsonNode eerder = herbouw();
        assertThat(eerder.get("teLezen").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(eerder.get("gelezen").asLong()).isEqualTo(eerder.get("teLezen").asLong());
        assertThat(eerder.get("ongeldig").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(eerder.get("klaarOp").isNull()).isFalse();
        JsonNode vergelijking = eerder.get("vergelijking");
        assertThat(vergelijking.get("gelijk").asLong()).isGreaterThanOrEqualTo(2);
        List<String> verschillend = gezinIds(vergelijking.get("verschillend"));
        assertThat(verschillend).doesNotContain(eerste, tweede);
        // empty when run alone; other tests of this class alter or delete live rows, which their chains show
        for (String gezin : verschillend) {
            assertThat(verificatie(gezin).get("intact").asBoolean()).isFalse();
        }
        assertThat(vergelijking.get("gezinnen").asLong())
                .isEqualTo(vergelijking.get("gelijk").asLong() + verschillend.size());

        jdbc.update("UPDATE tijdlijn_gebeurtenis SET samenvatting = ? WHERE event_id = ?", "Triage overgeslagen",
                ids.get(1));
        JsonNode later = herbouw();
        List<String> nuVerschillend = gezinIds(later.at("/vergelijking/verschillend"));
        List<String> verwacht = new ArrayList<>(verschillend);
        verwacht.add(eerste);
        assertThat(nuVerschillend).containsExactlyInAnyOrderElementsOf(verwacht);
        assertThat(later.at("/vergelijking/gelijk").asLong()).isEqualTo(vergelijking.get("gelijk").asLong() - 1);
    }

    @Test
    void r19_onlyOneHerbouwRunsAtATime() throws Exception {
        String lopend = uuid();
        jdbc.update("INSERT INTO tijdlijn_herbouw_run (herbouw_id, status, gelezen, ongeldig, gestart_op) "
                + "VALUES (?, 'LOOPT', 0, 0, now())", lopend);
        try {
            var geweigerd = post("/api/v1/beheer/tijdlijn/herbouw", "");
            assertThat(geweigerd.statusCode()).isEqualTo(409);
            assertThat(geweigerd.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(geweigerd).get("title").asString()).isEqualTo("Herbouw loopt al");
            assertThat(json(geweigerd).get("herbouwId").asString()).isEqualTo(lopend);
            assertThat(json(get("/api/v1/beheer/tijdlijn/herbouw/" + lopend)).get("status").asString())
                    .isEqualTo("LOPEND");
        } finally {
            jdbc.update("DELETE FROM tijdlijn_herbouw_run WHERE herbouw_id = ?", lopend);
        }
        assertThat(get("/api/v1/beheer/tijdlijn/herbouw/" + uuid()).statusCode()).isEqualTo(404);
    }

    @Test
    void r19_theFactsOfAStepAreOnTheTimelineAndCoveredByItsHash() throws Exception {
        String gezinId = uuid();
        ObjectNode afgerond = sample("triage-afgerond.v1", gezinId);
        send(KetenTopics.TRIAGE, event("triage-service", "triage.triage-afgerond", gezinId, klok.instant(), null,
                null, JSON.writeValueAsString(afgerond)));
        awaitTijdlijn(gezinId, "TriageAfgerond");

        JsonNode feiten = tijdlijn(gezinId).get("gebeurtenissen").get(0).get("feiten");
        assertThat(feiten.get("uitkomst").asString()).isEqualTo("OVERDRACHT_LOKAAL_VELD");
        assertThat(feiten.get("binnenTermijn").asBoolean()).isTrue();
        assertThat(feiten.has("actor")).isFalse();
        assertThat(verificatie(gezinId).get("intact").asBoolean()).isTrue();

        jdbc.update("UPDATE tijdlijn_gebeurtenis SET feiten = jsonb_set(feiten, '{binnenTermijn}', 'false') "
                + "WHERE gezin_id = ?", gezinId);

        JsonNode verificatie = verificatie(gezinId);
        assertThat(verificatie.get("intact").asBoolean()).isFalse();
        assertThat(verificatie.get("eersteAfwijking").get("reden").asString()).isEqualTo("HASH_WIJKT_AF");
    }

    @Test
    void r19_theInspectionJudgesAGezinAsKnownAtAMomentCountsPerGemeenteAndExportsCsv() throws Exception {
        // R1: a triage that ran past its last day, judged before and after that was known
        String gezinId = uuid();
        String gemeente = "Toetsgemeente-" + uuid().substring(0, 8);
        String meldingId = uuid();
        String uiterlijk = klok.instant().plus(7, ChronoUnit.DAYS).toString().substring(0, 10);
        ObjectNode ontvangen = sample("melding-ontvangen.v1", gezinId);
        ontvangen.put("meldingId", meldingId).put("gemeente", gemeente);
        String regio = ontvangen.get("regio").asString();
        ObjectNode geopend = sample("triage-geopend.v1", gezinId);
        geopend.put("meldingId", meldingId).put("uiterlijkAfgerondOp", uiterlijk);
        send(KetenTopics.MELDING, event("melding-service", "melding.melding-ontvangen", gezinId, klok.instant(), null,
                null, JSON.writeValueAsString(ontvangen)));
        send(KetenTopics.TRIAGE, event("triage-service", "triage.triage-geopend", gezinId, klok.instant(), null,
                null, JSON.writeValueAsString(geopend)));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "TriageGeopend");
        Instant voorOverschrijding = klok.instant();

        ObjectNode overschreden = sample("triagetermijn-overschreden.v1", gezinId);
        overschreden.put("meldingId", meldingId).put("uiterlijkAfgerondOp", uiterlijk);
        KetenEvent overschrijding = event("triage-service", "triage.triagetermijn-overschreden", gezinId,
                klok.instant().plusMillis(1), null, null, JSON.writeValueAsString(overschreden));
        send(KetenTopics.TRIAGE, overschrijding);
        awaitTijdlijn(gezinId, "MeldingOntvangen", "TriageGeopend", "TriagetermijnOverschreden");

        JsonNode toen = json(get("/api/v1/gezinnen/" + gezinId + "/toetsing?bekendOp=" + voorOverschrijding));
        assertThat(criterium(toen, "TRIAGE_BINNEN_5_WERKDAGEN").get("uitkomst").asString())
                .isEqualTo("NIET_VAN_TOEPASSING");
        JsonNode nu = json(get("/api/v1/gezinnen/" + gezinId + "/toetsing"));
        assertThat(nu.get("gemeente").asString()).isEqualTo(gemeente);
        assertThat(nu.get("regio").asString()).isEqualTo(regio);
        assertThat(nu.get("nietVoldaan").asLong()).isEqualTo(1);
        JsonNode triage = criterium(nu, "TRIAGE_BINNEN_5_WERKDAGEN");
        assertThat(triage.get("uitkomst").asString()).isEqualTo("NIET_VOLDAAN");
        assertThat(triage.get("regel").asString()).isEqualTo("R1");
        assertThat(triage.findValuesAsString("eventId")).contains(overschrijding.id());

        JsonNode toestand = json(get("/api/v1/gezinnen/" + gezinId + "/toestand?bekendOp=" + voorOverschrijding));
        assertThat(toestand.get("lopendeTermijnen").get(0).get("soort").asString()).isEqualTo("TRIAGE");
        assertThat(toestand.get("lopendeTermijnen").get(0).get("uiterlijk").asString()).isEqualTo(uiterlijk);

        JsonNode overzicht = json(get("/api/v1/toetsingen?gemeente=" + gemeente));
        assertThat(overzicht.get("gezinnen").asInt()).isEqualTo(1);
        JsonNode perGemeente = overzicht.get("groepen").get(1);
        assertThat(perGemeente.get("gemeente").asString()).isEqualTo(gemeente);
        assertThat(perGemeente.get("criteria").get(0).get("criterium").asString())
                .isEqualTo("TRIAGE_BINNEN_5_WERKDAGEN");
        assertThat(perGemeente.get("criteria").get(0).get("nietVoldaan").asInt()).isEqualTo(1);

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/toetsingen?gemeente=" + gemeente))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> regels = csv.body().lines().toList();
        assertThat(regels.get(0)).isEqualTo(
                "gezinId,regio,gemeente,bekendOp,criterium,regel,uitkomst,aantal,toelichting,bewijs");
        assertThat(regels).hasSize(1 + 10);
        assertThat(regels.get(1)).startsWith(gezinId + "," + regio + "," + gemeente + ",")
                .contains(",TRIAGE_BINNEN_5_WERKDAGEN,R1,NIET_VOLDAAN,").contains(overschrijding.id());
    }

    @Test
    void r19_anInvalidMomentIsRefusedNamingTheParameter() throws Exception {
        for (String pad : List.of("/api/v1/gezinnen/" + uuid() + "/toetsing?bekendOp=gisteren",
                "/api/v1/gezinnen/" + uuid() + "/toestand?bekendOp=gisteren", "/api/v1/toetsingen?bekendOp=gisteren")) {
            HttpResponse<String> response = get(pad);
            assertThat(response.statusCode()).as(pad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(json(response).get("invalidParams").get(0).get("name").asString()).isEqualTo("bekendOp");
        }
    }

    @Test
    void r19_theMonitoringOverviewRebuiltFromTheEventStoreIsTheOneBefore() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK",
                klok.instant().minus(Duration.ofDays(5)), null, 2));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        assertThat(post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [2], "medewerker": {"naam": "Annemiek de Vries"}}""").statusCode()).isEqualTo(201);
        await().atMost(MAX).until(() -> json(get("/api/v1/monitoringen/" + monitoringId)).at("/doelen/1/besproken")
                .asBoolean());
        String voor = json(get("/api/v1/monitoringen/" + monitoringId)).toString();

        var gestart = post("/api/v1/beheer/projecties/monitoring-overzicht/herbouw", "");
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
        String herbouw = "/api/v1/beheer/projecties/monitoring-overzicht/herbouw/"
                + json(gestart).get("herbouwId").asString();
        JsonNode klaar = await().atMost(MAX).until(() -> json(get(herbouw)),
                stand -> !"LOOPT".equals(stand.get("status").asString()));
        assertThat(klaar.get("status").asString()).isEqualTo("KLAAR");
        assertThat(klaar.at("/vergelijking/gelijk").asBoolean()).as(klaar.toString()).isTrue();
        assertThat(json(get("/api/v1/monitoringen/" + monitoringId)).toString()).isEqualTo(voor);
        // the publisher replays nothing: its events would reach Kafka a second time
        assertThat(post("/api/v1/beheer/projecties/kafka-publisher/herbouw", "").statusCode()).isEqualTo(404);
    }

    @Test
    void everyEndpointIsDescribedWithExamples() throws Exception {
        JsonNode openApi = json(get("/api/v1/openapi.json"));
        assertThat(openApi.path("paths").propertyNames())
                .contains("/api/v1/gezinnen/{gezinId}/tijdlijn", "/api/v1/gezinnen/{gezinId}/tijdlijn/verificatie",
                        "/api/v1/beheer/tijdlijn/herbouw", "/api/v1/beheer/tijdlijn/herbouw/{herbouwId}",
                        "/api/v1/gezinnen/{gezinId}/toetsing", "/api/v1/gezinnen/{gezinId}/toestand",
                        "/api/v1/toetsingen",
                        "/api/v1/betrokkenheden", "/api/v1/betrokkenheden/{betrokkenheidId}",
                        "/api/v1/betrokkenheden/matches", "/api/v1/gezinnen/{gezinId}/betrokkenheid");
        assertThat(OpenApiVoorbeelden.ontbrekend(openApi)).isEmpty();
        // ADR 0003: the bearer scheme, required by exactly the R18 operations; the caller is no parameter
        JsonNode schema = openApi.at("/components/securitySchemes/bearer-jwt");
        assertThat(schema.get("type").asString()).isEqualTo("http");
        assertThat(schema.get("scheme").asString()).isEqualTo("bearer");
        assertThat(schema.get("bearerFormat").asString()).isEqualTo("JWT");
        JsonNode vanGezin = openApi.at("/paths/~1api~1v1~1gezinnen~1{gezinId}~1betrokkenheid/get");
        assertThat(vanGezin.at("/security/0").has("bearer-jwt")).isTrue();
        assertThat(vanGezin.at("/responses/401").isMissingNode()).isFalse();
        assertThat(openApi.at("/paths/~1api~1v1~1betrokkenheden/post/security/0").has("bearer-jwt")).isTrue();
        assertThat(openApi.at("/paths/~1api~1v1~1gezinnen~1{gezinId}~1tijdlijn/get/security").isMissingNode())
                .isTrue();
        vanGezin.path("parameters").forEach(p -> assertThat(p.get("name").asString()).isEqualTo("gezinId"));
    }

    @Test
    void r18_aSchoolAndTheWijkteamInvolvedWithOneGezinAreAMatchSeenOnlyByThoseEntitled() throws Exception {
        String gezinId = uuid();
        String kind = uuid();
        String suffix = uuid().substring(0, 8);
        String schoolOrganisatie = "Basisschool De Regenboog " + suffix;
        String school = DevToken.voor(schoolOrganisatie, "SCHOOL");
        String wijkteamOrganisatie = "Wijkteam Vlaardingen " + suffix;
        String wijkteam = DevToken.voor(wijkteamOrganisatie, "WIJKTEAMMEDEWERKER");
        String huisarts = DevToken.voor("Huisartsenpraktijk Vlaardingen " + suffix, "HUISARTS");
        String inspecteur = DevToken.voor("Inspectie Gezondheidszorg en Jeugd", "INSPECTEUR");
        String pad = "/api/v1/gezinnen/" + gezinId + "/betrokkenheid";

        // a school registers: the organisation is the token's; an unknown field in the body is ignored
        var registratie = post("/api/v1/betrokkenheden", """
                {"gezinId": "%s", "persoonId": "%s", "reden": "SCHOOLVERZUIM", "organisatie": "Iemand anders"}"""
                .formatted(gezinId, kind), school);
        assertThat(registratie.statusCode()).isEqualTo(201);
        String betrokkenheidId = json(registratie).get("betrokkenheidId").asString();
        assertThat(json(registratie).get("organisatie").asString()).isEqualTo(schoolOrganisatie);
        assertThat(registratie.headers().firstValue("Location")).hasValueSatisfying(
                locatie -> assertThat(locatie).endsWith(pad));

        // alone: no match
        await().atMost(MAX).until(() -> get(pad, school).statusCode() == 200);
        JsonNode alleen = json(get(pad, school));
        assertThat(alleen.get("match").asBoolean()).isFalse();
        assertThat(alleen.get("betrokkenheden")).hasSize(1);
        assertThat(alleen.at("/betrokkenheden/0/organisatie").asString()).isEqualTo(schoolOrganisatie);
        assertThat(alleen.at("/betrokkenheden/0/rol").asString()).isEqualTo("SCHOOL");
        assertThat(alleen.at("/betrokkenheden/0/persoonId").asString()).isEqualTo(kind);
        assertThat(alleen.at("/betrokkenheden/0/betrokkenheidId").asString()).isEqualTo(betrokkenheidId);
        assertThat(matchIds(school)).doesNotContain(gezinId);
        // the wijkteam is not involved yet: it does not learn that the gezin is known
        assertThat(get(pad, wijkteam).statusCode()).isEqualTo(404);

        // the wijkteam accepts a handover: involved too, a match for both
        String zaakId = uuid();
        send(KetenTopics.WIJKTEAM, overdrachtGeaccepteerd(gezinId, zaakId, wijkteamOrganisatie));
        await().atMost(MAX).until(() -> json(get(pad, school)).get("match").asBoolean());
        JsonNode voorWijkteam = json(get(pad, wijkteam));
        assertThat(voorWijkteam.get("match").asBoolean()).isTrue();
        List<String> organisaties = new ArrayList<>();
        voorWijkteam.get("betrokkenheden").forEach(b -> organisaties.add(b.get("organisatie").asString()));
        assertThat(organisaties).containsExactlyInAnyOrder(schoolOrganisatie, wijkteamOrganisatie);
        // only one's own registration carries the id to end it
        voorWijkteam.get("betrokkenheden").forEach(b -> assertThat(b.get("betrokkenheidId").isNull()).isTrue());
        assertThat(matchIds(school)).contains(gezinId);
        assertThat(matchIds(wijkteam)).contains(gezinId);

        // a third organisation, not involved: the same 404 as for a gezin nobody knows
        var nietBetrokken = get(pad, huisarts);
        var onbekend = get("/api/v1/gezinnen/" + uuid() + "/betrokkenheid", huisarts);
        assertThat(nietBetrokken.statusCode()).isEqualTo(404);
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(nietBetrokken.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(nietBetrokken).get("title")).isEqualTo(json(onbekend).get("title"));
        assertThat(nietBetrokken.body()).doesNotContain("Regenboog", "Wijkteam");
        assertThat(matchIds(huisarts)).doesNotContain(gezinId);
        // nor can it end the school's registration
        assertThat(delete("/api/v1/betrokkenheden/" + betrokkenheidId, huisarts).statusCode()).isEqualTo(404);

        // the inspectie sees every involvement
        var voorInspectie = get(pad, inspecteur);
        assertThat(voorInspectie.statusCode()).isEqualTo(200);
        assertThat(json(voorInspectie).get("match").asBoolean()).isTrue();
        assertThat(matchIds(inspecteur)).contains(gezinId);

        // the school ends its registration: no match any more, and the school no longer sees the gezin
        assertThat(delete("/api/v1/betrokkenheden/" + betrokkenheidId, school).statusCode()).isEqualTo(204);
        await().atMost(MAX).until(() -> !json(get(pad, wijkteam)).get("match").asBoolean());
        assertThat(get(pad, school).statusCode()).isEqualTo(404);
        JsonNode beeindigd = json(get(pad, wijkteam));
        assertThat(beeindigd.get("betrokkenheden")).hasSize(2);
        assertThat(matchIds(wijkteam)).doesNotContain(gezinId);

        // the zaak closes: the wijkteam's involvement ends with it
        send(KetenTopics.WIJKTEAM, zaakAfgesloten(gezinId, zaakId, wijkteamOrganisatie));
        await().atMost(MAX).until(() -> get(pad, wijkteam).statusCode() == 404);
    }

    @Test
    void r18_veiligThuisOfTheRegioIsInvolvedByAMeldingAndAChildMatchesAcrossGezinnen() throws Exception {
        String gezinId = uuid();
        String anderGezin = uuid();
        String kind = uuid();
        String suffix = uuid().substring(0, 8);
        String veiligThuis = DevToken.voor("Veilig Thuis Rotterdam Rijnmond", "VEILIG_THUIS_MEDEWERKER");
        String ggz = DevToken.voor("GGZ Delfland " + suffix, "GGZ");
        String jgz = DevToken.voor("Jeugdgezondheidszorg Vlaardingen " + suffix, "JGZ");

        send(KetenTopics.MELDING, meldingOntvangen(gezinId, klok.instant()));
        await().atMost(MAX).until(() -> get("/api/v1/gezinnen/" + gezinId + "/betrokkenheid", veiligThuis)
                .statusCode() == 200);
        JsonNode vt = json(get("/api/v1/gezinnen/" + gezinId + "/betrokkenheid", veiligThuis));
        assertThat(vt.at("/betrokkenheden/0/grond").asString()).isEqualTo("MELDING");
        assertThat(vt.at("/betrokkenheden/0/rol").asString()).isEqualTo("VEILIG_THUIS");
        assertThat(vt.get("match").asBoolean()).isFalse();

        // one child registered in two gezinnen (two households) by two organisations: a match on the child
        assertThat(post("/api/v1/betrokkenheden", """
                {"gezinId": "%s", "persoonId": "%s", "reden": "ZORGEN_OVER_GEZONDHEID"}"""
                .formatted(anderGezin, kind), ggz).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/betrokkenheden", """
                {"gezinId": "%s", "persoonId": "%s", "reden": "ZORGEN_OVER_ONTWIKKELING"}"""
                .formatted(gezinId, kind), jgz).statusCode()).isEqualTo(201);
        await().atMost(MAX).until(() -> get("/api/v1/gezinnen/" + anderGezin + "/betrokkenheid", ggz)
                .statusCode() == 200);
        await().atMost(MAX).until(() -> json(get("/api/v1/gezinnen/" + anderGezin + "/betrokkenheid", ggz))
                .get("match").asBoolean());
        JsonNode voorGgz = json(get("/api/v1/gezinnen/" + anderGezin + "/betrokkenheid", ggz));
        assertThat(voorGgz.get("kinderenMetMatch")).hasSize(1);
        assertThat(voorGgz.at("/kinderenMetMatch/0").asString()).isEqualTo(kind);
        assertThat(matchIds(ggz)).contains(anderGezin);
        // VT involved with the whole gezin, the JGZ with the child, the GGZ with the child elsewhere
        await().atMost(MAX).until(() -> get("/api/v1/gezinnen/" + gezinId + "/betrokkenheid", jgz)
                .statusCode() == 200);
        assertThat(json(get("/api/v1/gezinnen/" + gezinId + "/betrokkenheid", jgz)).get("betrokkenheden"))
                .hasSize(3);
    }

    @Test
    void r18_withoutAValidTokenEveryR18PathAnswers401AndOtherPathsStayOpen() throws Exception {
        String gezinId = uuid();
        long over10Minuten = Instant.now().plusSeconds(600).getEpochSecond();
        long voor10Minuten = Instant.now().minusSeconds(600).getEpochSecond();
        List<HttpResponse<String>> geweigerd = List.of(
                get("/api/v1/gezinnen/" + gezinId + "/betrokkenheid", null),
                get("/api/v1/betrokkenheden/matches", null),
                post("/api/v1/betrokkenheden", "{\"gezinId\": \"" + gezinId + "\", \"reden\": \"OVERIG\"}", null),
                delete("/api/v1/betrokkenheden/" + uuid(), null),
                get("/api/v1/betrokkenheden/matches", "geen.geldig.token"),
                // no organisation: nobody to decide entitlement for
                get("/api/v1/betrokkenheden/matches",
                        DevToken.met(Map.of("sub", "x", "rol", "SCHOOL", "exp", over10Minuten))),
                // expired
                get("/api/v1/betrokkenheden/matches", DevToken.met(Map.of("sub", "x", "rol", "SCHOOL",
                        "organisatie", "School", "exp", voor10Minuten))));
        for (var response : geweigerd) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    header -> assertThat(header).startsWith("Bearer"));
            assertThat(response.headers().firstValue("API-Version")).isPresent();
            assertThat(json(response).get("status").asInt()).isEqualTo(401);
        }
        // nothing was registered by the refused POST
        assertThat(jdbc.queryForObject("SELECT count(*) FROM betrokkenheid_registratie WHERE gezin_id = ?",
                Long.class, gezinId)).isZero();
        // every other endpoint is as open as before
        assertThat(get("/api/v1/gezinnen/" + gezinId + "/tijdlijn").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void r18_aRegistrationWithBadInputIsRefusedNamingTheFieldAndASecondOneByTheRule() throws Exception {
        String school = DevToken.voor("Basisschool De Regenboog " + uuid().substring(0, 8), "SCHOOL");
        var leeg = post("/api/v1/betrokkenheden", """
                {"gezinId": "", "persoonId": "geen id"}""", school);
        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(leeg.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> velden = new ArrayList<>();
        json(leeg).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).contains("gezinId", "persoonId", "reden");

        var onbekendeReden = post("/api/v1/betrokkenheden", """
                {"gezinId": "%s", "reden": "OMDAT"}""".formatted(uuid()), school);
        assertThat(onbekendeReden.statusCode()).isEqualTo(400);
        assertThat(json(onbekendeReden).at("/invalidParams/0/name").asString()).isEqualTo("reden");

        String gezinId = uuid();
        String body = """
                {"gezinId": "%s", "reden": "ZORGEN_OVER_VEILIGHEID"}""".formatted(gezinId);
        assertThat(post("/api/v1/betrokkenheden", body, school).statusCode()).isEqualTo(201);
        // entitled at once: the registration is projected in its own transaction
        assertThat(get("/api/v1/gezinnen/" + gezinId + "/betrokkenheid", school).statusCode()).isEqualTo(200);
        var nogmaals = post("/api/v1/betrokkenheden", body, school);
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(json(nogmaals).get("regel").asString()).isEqualTo("R18");
    }

    @Test
    void r18_anIdempotencyKeyReusedByAnotherCallerNeverReplaysTheFirstCallersAnswer() throws Exception {
        String body = """
                {"gezinId": "%s", "reden": "SCHOOLVERZUIM"}""".formatted(uuid());
        String sleutel = uuid();
        String school = DevToken.voor("Basisschool De Linde " + uuid().substring(0, 8), "SCHOOL");
        String ander = DevToken.voor("Basisschool Het Anker " + uuid().substring(0, 8), "SCHOOL");

        var eerste = postMetSleutel(body, school, sleutel);
        assertThat(eerste.statusCode()).isEqualTo(201);
        var herhaald = postMetSleutel(body, school, sleutel);
        assertThat(herhaald.statusCode()).isEqualTo(201);
        assertThat(herhaald.body()).isEqualTo(eerste.body());

        var anderen = postMetSleutel(body, ander, sleutel);
        assertThat(anderen.statusCode()).isEqualTo(422);
        assertThat(anderen.body()).doesNotContain(json(eerste).get("betrokkenheidId").asString());
    }

    private HttpResponse<String> postMetSleutel(String json, String token, String sleutel) throws Exception {
        return HttpClient.newHttpClient().send(verzoek("/api/v1/betrokkenheden", token)
                .header("Content-Type", "application/json").header("Idempotency-Key", sleutel)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Three events on one partition, so they are stored, and chained, in the order sent. */
    private List<String> stuurDrieGebeurtenissen(String gezinId) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String type : List.of("triage.triage-geopend", "triage.triage-gestart", "triage.triage-afgerond")) {
            KetenEvent event = event("triage-service", type, gezinId, klok.instant(), null, null, "{}");
            send(KetenTopics.TRIAGE, event);
            ids.add(event.id());
        }
        awaitTijdlijn(gezinId, "TriageGeopend", "TriageGestart", "TriageAfgerond");
        assertThat(jdbc.queryForList("SELECT event_id FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer",
                String.class, gezinId)).isEqualTo(ids);
        return ids;
    }

    private KetenEvent meldingOntvangen(String gezinId, Instant tijdstip) {
        String meldingId = uuid();
        String data = EventContract.sample("melding-ontvangen.v1")
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("2026-11-20T14:05:00Z", tijdstip.toString());
        EventContract.assertValid("melding-ontvangen.v1", data.getBytes(StandardCharsets.UTF_8));
        return event("melding-service", "melding.melding-ontvangen", gezinId, tijdstip,
                "http://localhost:8081/api/v1/meldingen/" + meldingId, null, data);
    }

    private KetenEvent overdrachtGedaan(String gezinId, String overdrachtId, String route, Instant op,
                                        String causationId) {
        return overdrachtGedaan(gezinId, overdrachtId, route, op, causationId, null);
    }

    private KetenEvent overdrachtGedaan(String gezinId, String overdrachtId, String route, Instant op,
                                        String causationId, Integer aantalDoelen) {
        String data = """
                {"overdrachtId": "%s", "meldingId": "%s", "gezinId": "%s", "route": "%s",
                 "gemeente": "Vlaardingen", "overdrachtGedaanOp": "%s", "onderzoekId": "%s",%s
                 "actor": {"rol": "VT_MEDEWERKER", "organisatie": "Veilig Thuis"}}"""
                .formatted(overdrachtId, uuid(), gezinId, route, op, uuid(),
                        aantalDoelen == null ? "" : " \"aantalDoelen\": " + aantalDoelen + ",");
        EventContract.assertValid("overdracht-gedaan.v1", data.getBytes(StandardCharsets.UTF_8));
        return event("triage-service", "triage.overdracht-gedaan", gezinId, op,
                "http://localhost:8082/api/v1/overdrachten/" + overdrachtId, causationId, data);
    }

    private KetenEvent antwoordWijkteam(String gezinId, String monitoringId, String contactId, Instant beantwoordOp,
                                        String causationId) {
        String zaakId = uuid();
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample("monitoringcontact-beantwoord.v1"));
        payload.put("zaakId", zaakId);
        payload.put("gezinId", gezinId);
        payload.put("monitoringId", monitoringId);
        payload.put("contactId", contactId);
        payload.put("beantwoordOp", beantwoordOp.toString());
        String data = JSON.writeValueAsString(payload);
        EventContract.assertValid("monitoringcontact-beantwoord.v1", data.getBytes(StandardCharsets.UTF_8));
        return event("wijkteam-service", "wijkteam.monitoringcontact-beantwoord", gezinId, beantwoordOp,
                "http://localhost:8083/api/v1/zaken/" + zaakId + "/monitoringcontacten", causationId, data);
    }

    private KetenEvent overdrachtGeaccepteerd(String gezinId, String zaakId, String organisatie) {
        return wijkteamEvent("overdracht-geaccepteerd", gezinId, zaakId, organisatie, "geaccepteerdOp");
    }

    private KetenEvent zaakAfgesloten(String gezinId, String zaakId, String organisatie) {
        return wijkteamEvent("zaak-afgesloten", gezinId, zaakId, organisatie, "afgeslotenOp");
    }

    /** A wijkteam event from its contract sample, for this gezin, zaak and wijkteam, happening now. */
    private KetenEvent wijkteamEvent(String naam, String gezinId, String zaakId, String organisatie, String moment) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample(naam + ".v1"));
        payload.put("zaakId", zaakId);
        payload.put("gezinId", gezinId);
        payload.put(moment, klok.instant().toString());
        ((ObjectNode) payload.get("actor")).put("organisatie", organisatie);
        String data = JSON.writeValueAsString(payload);
        EventContract.assertValid(naam + ".v1", data.getBytes(StandardCharsets.UTF_8));
        return event("wijkteam-service", "wijkteam." + naam, gezinId, klok.instant(),
                "http://localhost:8083/api/v1/zaken/" + zaakId, null, data);
    }

    private List<String> matchIds(String token) throws Exception {
        var response = get("/api/v1/betrokkenheden/matches", token);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("matches").forEach(m -> ids.add(m.get("gezinId").asString()));
        return ids;
    }

    private KetenEvent onbekend(String gezinId) {
        return event("triage-service", "triage.iets-nieuws", gezinId, klok.instant(), null, null, "{}");
    }

    private static KetenEvent event(String service, String type, String gezinId, Instant tijdstip, String dataref,
                                    String causationId, String data) {
        String id = uuid();
        return new KetenEvent(id, "nl.veilig-thuis.keten." + type + ".v1",
                URI.create("urn:nl-veilig-thuis:keten:" + service), gezinId, tijdstip,
                dataref == null ? null : URI.create(dataref), id, causationId, null,
                data.getBytes(StandardCharsets.UTF_8));
    }

    private void send(String topic, KetenEvent event) throws Exception {
        producer.send(CloudEventsKafkaCodec.encode(topic, event)).get();
    }

    private void awaitTijdlijn(String gezinId, String... types) {
        await().atMost(MAX).untilAsserted(() -> {
            List<String> gevonden = new ArrayList<>();
            tijdlijn(gezinId).get("gebeurtenissen").forEach(g -> gevonden.add(g.get("type").asString()));
            assertThat(gevonden).containsExactly(types);
        });
    }

    /** Starts a herbouw and waits until it is no longer LOPEND; it must have ended KLAAR. */
    private JsonNode herbouw() throws Exception {
        var gestart = post("/api/v1/beheer/tijdlijn/herbouw", "");
        assertThat(gestart.statusCode()).isEqualTo(202);
        String herbouwId = json(gestart).get("herbouwId").asString();
        assertThat(gestart.headers().firstValue("Location")).hasValueSatisfying(
                locatie -> assertThat(locatie).endsWith("/api/v1/beheer/tijdlijn/herbouw/" + herbouwId));
        JsonNode klaar = await().atMost(MAX).until(() -> json(get("/api/v1/beheer/tijdlijn/herbouw/" + herbouwId)),
                herbouw -> !"LOPEND".equals(herbouw.get("status").asString()));
        assertThat(klaar.get("status").asString()).isEqualTo("KLAAR");
        return klaar;
    }

    private static List<String> gezinIds(JsonNode lijst) {
        List<String> ids = new ArrayList<>();
        lijst.forEach(id -> ids.add(id.asString()));
        return ids;
    }

    private JsonNode verificatie(String gezinId) throws Exception {
        var response = get("/api/v1/gezinnen/" + gezinId + "/tijdlijn/verificatie");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    private static List<String> eventIds(JsonNode tijdlijn) {
        List<String> ids = new ArrayList<>();
        tijdlijn.get("gebeurtenissen").forEach(g -> ids.add(g.get("eventId").asString()));
        return ids;
    }

    private JsonNode tijdlijn(String gezinId) throws Exception {
        var response = get("/api/v1/gezinnen/" + gezinId + "/tijdlijn");
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String gezinId, String eventName) {
        String type = "nl.veilig-thuis.keten.monitoring." + eventName + ".v1";
        return await().atMost(MAX).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(gepubliceerd::add);
            return gepubliceerd.stream()
                    .filter(r -> gezinId.equals(r.key()))
                    .filter(r -> type.equals(new String(r.headers().lastHeader("ce_type").value(),
                            StandardCharsets.UTF_8)))
                    .findFirst().orElse(null);
        }, r -> r != null);
    }

    private static ObjectNode sample(String naam, String gezinId) {
        ObjectNode payload = (ObjectNode) JSON.readTree(EventContract.sample(naam));
        payload.put("gezinId", gezinId);
        return payload;
    }

    private static JsonNode criterium(JsonNode toetsing, String criterium) {
        for (JsonNode t : toetsing.get("toetsingen")) {
            if (criterium.equals(t.get("criterium").asString())) {
                return t;
            }
        }
        throw new AssertionError("no " + criterium + " in " + toetsing);
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String token) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(verzoek(path, token).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request with the bearer token, when there is one (ADR 0003). */
    private HttpRequest.Builder verzoek(String path, String token) {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? verzoek : verzoek.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return getUrl("http://localhost:" + port + path);
    }

    private HttpResponse<String> getUrl(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Issue 12 point 2: a table no digest names would be refilled by a herbouw without being compared. */
    @Test
    void r19_everyTableOfTheSchemaIsInADigestOrExcludedWithAReason() {
        Map<String, String> uitgezonderd = Map.ofEntries(
                Map.entry("tijdlijn_gebeurtenis", "the timeline, written by the Kafka consumer; its own herbouw replays Kafka (TijdlijnHerbouw)"),
                Map.entry("tijdlijn_hashketen", "the timeline's hash chain, written with each entry"),
                Map.entry("gezinskoppeling", "written by the Kafka consumer with the timeline"),
                Map.entry("ketenbetrokkenheid", "written by the Kafka consumer with the timeline (R18)"),
                Map.entry("betrokkenheid_registratie", "registrations by other organisations over REST (R18): source data, not a projection"),
                Map.entry("tijdlijn_herbouw", "the timeline herbouw's shadow table"),
                Map.entry("tijdlijn_herbouw_eind", "the timeline herbouw's own state"),
                Map.entry("tijdlijn_herbouw_run", "the timeline herbouw's own state"));
        assertThat(Tabeldekking.onbedekt(jdbc, digests, uitgezonderd)).isEmpty();
        assertThat(Tabeldekking.verouderd(jdbc, uitgezonderd)).isEmpty();
    }
}
