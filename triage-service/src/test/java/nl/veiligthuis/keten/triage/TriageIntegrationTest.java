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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.platform.projectie.Tabeldekking;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * triage-service against a real PostgreSQL and a real Kafka broker, driven by real CloudEvents. It moves the clock,
 * so the shared context is closed after it.
 */
@DirtiesContext
class TriageIntegrationTest extends TriageIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    List<ProjectieDigest> digests;

    @Autowired
    Klok klok;

    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private final List<KetenEvent> gepubliceerd = new CopyOnWriteArrayList<>();

    @BeforeAll
    void connect() {
        String bootstrap = TestInfrastructure.get().bootstrapServers();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "triage-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(KetenTopics.TRIAGE));
    }

    @AfterAll
    void close() {
        producer.close();
        consumer.close();
    }

    @Test
    void handoverAfterTriage() throws Exception {
        var melding = meldingOntvangen(Instant.parse("2026-11-20T14:05:00Z"));
        // R1: received Friday 20 November 2026 → term ends Friday 27 November
        JsonNode triage = awaitTriage(melding.meldingId());
        assertThat(triage.get("uiterlijkAfgerondOp").asString()).isEqualTo("2026-11-27");
        assertThat(triage.get("status").asString()).isEqualTo("WACHT_OP_TRIAGE");
        assertThat(triage.get("regio").asString()).isEqualTo("Veilig Thuis Rotterdam Rijnmond");
        assertThat(triage.get("herhaalmelding").asBoolean()).isFalse();
        // R5: every waiting case has a monitoring frequency from receipt
        assertThat(triage.get("monitoringsfrequentie").asString()).isEqualTo("WEKELIJKS");

        producer.send(melding.record()).get(); // redelivery: no second triage
        // R5: a triagist picks the melding up; the wait for the start of triage ends and is published without a name
        assertThat(post("/api/v1/triages/" + melding.meldingId() + "/start",
                "{\"triagist\": {\"naam\": \"A. de Vries\", \"telefoon\": \"010-1234567\"}}").statusCode())
                .isEqualTo(200);
        KetenEvent gestart = awaitPublished("triage-gestart", melding.gezinId());
        EventContract.assertValid("triage-gestart.v1", gestart.data());
        assertThat(new String(gestart.data(), StandardCharsets.UTF_8)).doesNotContain("de Vries", "010-1234567");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "IN_TRIAGE".equals(JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body()).get("status")
                        .asString()));
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Geen acute onveiligheid; hulp nodig bij opvoeding",
                 "advies": "Gezinscoach inzetten"}""");
        assertThat(besluit.statusCode()).isEqualTo(200);
        String overdrachtId = JSON.readTree(besluit.body()).get("overdrachtId").asString();

        KetenEvent afgerond = awaitPublished("triage-afgerond", melding.gezinId());
        KetenEvent overdracht = awaitPublished("overdracht-gedaan", melding.gezinId());
        EventContract.assertValid("triage-afgerond.v1", afgerond.data());
        EventContract.assertValid("overdracht-gedaan.v1", overdracht.data());
        assertThat(new String(overdracht.data(), StandardCharsets.UTF_8)).doesNotContain("de Vries", "Gezinscoach");
        assertThat(overdracht.dataref().getPath()).isEqualTo("/api/v1/overdrachten/" + overdrachtId);
        assertThat(awaitPublishedAll("triage-geopend", melding.gezinId())).hasSize(1);

        // R7: the handover package holds the triagist, the reasoning and the advice
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/overdrachten/" + overdrachtId).statusCode() == 200);
        JsonNode pakket = JSON.readTree(get("/api/v1/overdrachten/" + overdrachtId).body());
        assertThat(pakket.at("/triage/triagist/telefoon").asString()).isEqualTo("010-1234567");
        assertThat(pakket.at("/triage/advies").asString()).isEqualTo("Gezinscoach inzetten");
        assertThat(pakket.get("route").asString()).isEqualTo("NA_TRIAGE");
    }

    @Test
    void handoverAfterOnderzoek() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "B. Bakker", "telefoon": "010-7654321"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Zorgen over veiligheid kinderen"}""");
        String onderzoekId = JSON.readTree(besluit.body()).get("onderzoekId").asString();
        // R5: on the waiting list until an onderzoeker starts it; R4: the term runs from the start
        EventContract.assertValid("onderzoek-aangemeld.v1",
                awaitPublished("onderzoek-aangemeld", melding.gezinId()).data());
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/onderzoeken/" + onderzoekId).statusCode() == 200);
        assertThat(onderzoek(onderzoekId).get("status").asString()).isEqualTo("WACHT_OP_ONDERZOEK");
        assertThat(onderzoek(onderzoekId).get("uiterlijkAfgerondOp").isNull()).isTrue();
        var teVroegAf = post("/api/v1/onderzoeken/" + onderzoekId + "/afronding", AFRONDING);
        assertThat(teVroegAf.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(teVroegAf.body()).get("regel").asString()).isEqualTo("R4");
        assertThat(startOnderzoek(onderzoekId).statusCode()).isEqualTo(200);
        KetenEvent gestart = awaitPublished("onderzoek-gestart", melding.gezinId());
        EventContract.assertValid("onderzoek-gestart.v1", gestart.data());
        assertThat(new String(gestart.data(), StandardCharsets.UTF_8)).doesNotContain("M. Jansen");
        assertThat(startOnderzoek(onderzoekId).statusCode()).isEqualTo(409);

        // R8: the handover meeting cannot precede the rapportage
        var teVroeg = post("/api/v1/onderzoeken/" + onderzoekId + "/overdrachtsgesprek",
                "{\"deelnemers\": [\"VT\", \"wijkteam\"], \"wijkteam\": \"Holy\"}");
        assertThat(teVroeg.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(teVroeg.body()).get("regel").asString()).isEqualTo("R8");

        await().atMost(Duration.ofSeconds(20)).until(() -> "LOOPT".equals(onderzoek(onderzoekId).get("status").asString()));
        assertThat(onderzoek(onderzoekId).at("/onderzoeker/telefoon").asString()).isEqualTo("010-7654321");
        assertThat(post("/api/v1/onderzoeken/" + onderzoekId + "/afronding", AFRONDING).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/onderzoeken/" + onderzoekId + "/overdrachtsgesprek",
                "{\"deelnemers\": [\"VT\", \"wijkteam\"], \"wijkteam\": \"Holy\"}").statusCode()).isEqualTo(200);

        KetenEvent overdracht = awaitPublished("overdracht-gedaan", melding.gezinId());
        EventContract.assertValid("overdracht-gedaan.v1", overdracht.data());
        assertThat(JSON.readTree(overdracht.data()).get("route").asString()).isEqualTo("NA_ONDERZOEK");
        EventContract.assertValid("onderzoek-afgerond.v1", awaitPublished("onderzoek-afgerond", melding.gezinId()).data());
        EventContract.assertValid("overdrachtsgesprek-gevoerd.v1",
                awaitPublished("overdrachtsgesprek-gevoerd", melding.gezinId()).data());
    }

    @Test
    void aTriageTermPassingUnnoticedIsPublished() throws Exception {
        // R1, R2: nobody decides; the persisted deadline fires when the clock passes the fifth working day
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        klok.verschuif(Duration.ofDays(10));
        KetenEvent overschreden = awaitPublished("triagetermijn-overschreden", melding.gezinId());
        EventContract.assertValid("triagetermijn-overschreden.v1", overschreden.data());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body()).get("zichtOpVeiligheidBijVeiligThuis").asBoolean());
        // R2: per gezin, since the end of the fifth working day
        JsonNode zicht = awaitZichtBijVeiligThuis(melding.gezinId());
        assertThat(zicht.get("grond").asString()).isEqualTo("TRIAGETERMIJN_OVERSCHREDEN");
        LocalDate uiterlijk = LocalDate.parse(JSON.readTree(overschreden.data()).get("uiterlijkAfgerondOp").asString());
        assertThat(Instant.parse(zicht.get("sinds").asString())).isEqualTo(Werkdagen.eindeVan(uiterlijk));
        EventContract.assertValid("zicht-op-veiligheid-bij-veilig-thuis.v1",
                awaitPublished("zicht-op-veiligheid-bij-veilig-thuis", melding.gezinId()).data());
    }

    @Test
    void anAcuutOnveiligeMeldingIsVeiligThuisResponsibilityFromReceipt() throws Exception {
        // R2: who holds zicht op veiligheid per gezin, since when and on what ground, also at an earlier moment
        Instant ontvangenOp = klok.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        var melding = meldingOntvangen(ontvangenOp, true);
        JsonNode zicht = awaitZichtBijVeiligThuis(melding.gezinId());
        assertThat(zicht.get("gezinId").asString()).isEqualTo(melding.gezinId());
        assertThat(Instant.parse(zicht.get("sinds").asString())).isEqualTo(ontvangenOp);
        assertThat(zicht.get("grond").asString()).isEqualTo("ACUUT_ONVEILIG");
        assertThat(zicht.get("geschiedenis")).hasSize(1);
        assertThat(zicht.at("/geschiedenis/0/meldingId").asString()).isEqualTo(melding.meldingId());

        JsonNode daarvoor = JSON.readTree(get("/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid?op="
                + ontvangenOp.minusSeconds(1)).body());
        assertThat(daarvoor.get("houder").isNull()).isTrue();
        assertThat(daarvoor.get("geschiedenis")).isEmpty();
        JsonNode onbekend = JSON.readTree(get("/api/v1/gezinnen/" + UUID.randomUUID() + "/zicht-op-veiligheid").body());
        assertThat(onbekend.get("houder").isNull()).isTrue();
        assertThat(onbekend.get("geschiedenis")).isEmpty();

        KetenEvent event = awaitPublished("zicht-op-veiligheid-bij-veilig-thuis", melding.gezinId());
        EventContract.assertValid("zicht-op-veiligheid-bij-veilig-thuis.v1", event.data());
        assertThat(JSON.readTree(event.data()).get("grond").asString()).isEqualTo("ACUUT_ONVEILIG");
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid");
    }

    @Test
    void r5_wachtcontactenKeepTheFrequencyAndAMissedOneIsSignalledAndShownOnTheWorklist() throws Exception {
        // R5: while the case waits, VT checks on safety at the case's frequency; nothing in between
        var melding = meldingOntvangen(klok.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600));
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId() + "/wachtcontacten";
        String medewerker = "\"medewerker\": {\"naam\": \"C. Bakker\", \"telefoon\": \"010-5555555\"}";

        var ongeldig = post(pad, "{\"wijze\": \"BRIEF\", " + medewerker + "}");
        assertThat(ongeldig.statusCode()).isEqualTo(400);
        var onvolledig = post(pad, "{}");
        assertThat(onvolledig.statusCode()).isEqualTo(400);
        assertThat(onvolledig.body()).contains("wijze", "veiligheidOngewijzigd", "medewerker");
        var toekomst = post(pad, "{\"contactOp\": \"2999-01-01T00:00:00Z\", \"wijze\": \"TELEFONISCH\", "
                + "\"veiligheidOngewijzigd\": true, " + medewerker + "}");
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("contactOp");

        // after the triage opened (its default frequency is the start of the first interval); the store keeps micros
        Instant contactOp = klok.instant().truncatedTo(ChronoUnit.MILLIS);
        var contact = post(pad, "{\"contactOp\": \"" + contactOp + "\", \"wijze\": \"HUISBEZOEK\", "
                + "\"veiligheidOngewijzigd\": true, " + medewerker + "}");
        assertThat(contact.statusCode()).isEqualTo(201);
        // a new (non-acuut) melding is checked weekly by default
        assertThat(Instant.parse(JSON.readTree(contact.body()).get("volgendContactUiterlijkOp").asString()))
                .isEqualTo(contactOp.plus(Duration.ofDays(7)));
        KetenEvent vastgelegd = awaitPublished("wachtcontact-vastgelegd", melding.gezinId());
        EventContract.assertValid("wachtcontact-vastgelegd.v1", vastgelegd.data());
        assertThat(new String(vastgelegd.data(), StandardCharsets.UTF_8)).doesNotContain("Bakker", "010-5555555");
        assertThat(vastgelegd.dataref().getPath()).isEqualTo("/api/v1/triages/" + melding.meldingId());

        JsonNode opDeWerkvoorraad = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> werkvoorraadZaak(melding.meldingId()), zaak -> !zaak.get("laatsteWachtcontactOp").isNull());
        assertThat(Instant.parse(opDeWerkvoorraad.get("laatsteWachtcontactOp").asString())).isEqualTo(contactOp);
        assertThat(opDeWerkvoorraad.get("wachtcontactAchterstallig").asBoolean()).isFalse();

        // VT raises the frequency to daily; two days pass without a contact
        assertThat(post("/api/v1/triages/" + melding.meldingId() + "/monitoringsfrequentie", """
                {"frequentie": "DAGELIJKS", "wijze": "Telefonisch contact met moeder",
                 "medewerker": {"naam": "C. Bakker", "telefoon": "010-5555555"}}""").statusCode()).isEqualTo(200);
        klok.verschuif(Duration.ofDays(2));
        KetenEvent gemist = awaitPublished("wachtcontact-gemist", melding.gezinId());
        EventContract.assertValid("wachtcontact-gemist.v1", gemist.data());
        JsonNode gemistPayload = JSON.readTree(gemist.data());
        assertThat(gemistPayload.get("monitoringsfrequentie").asString()).isEqualTo("DAGELIJKS");
        assertThat(Instant.parse(gemistPayload.get("laatsteContactOp").asString())).isEqualTo(contactOp);
        assertThat(gemistPayload.get("gemisteIntervallen").asInt()).isBetween(1, 2);
        JsonNode achterstallig = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> werkvoorraadZaak(melding.meldingId()), zaak -> zaak.get("wachtcontactAchterstallig")
                        .asBoolean());
        assertThat(achterstallig.get("monitoringsfrequentie").asString()).isEqualTo("DAGELIJKS");

        // a contact makes it right again
        assertThat(post(pad, "{\"wijze\": \"MET_MELDER\", \"veiligheidOngewijzigd\": false, " + medewerker + "}")
                .statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> !werkvoorraadZaak(melding.meldingId())
                .get("wachtcontactAchterstallig").asBoolean());

        // R5: closed at triage, the case no longer waits: a wachtcontact is refused
        assertThat(post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "Geen zorgen"}""").statusCode())
                .isEqualTo(200);
        var nietWachtend = post(pad, "{\"wijze\": \"TELEFONISCH\", \"veiligheidOngewijzigd\": true, "
                + medewerker + "}");
        assertThat(nietWachtend.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(nietWachtend.body()).get("regel").asString()).isEqualTo("R5");
        assertThat(post("/api/v1/triages/" + UUID.randomUUID() + "/wachtcontacten", "{\"wijze\": \"TELEFONISCH\", "
                + "\"veiligheidOngewijzigd\": true, " + medewerker + "}").statusCode()).isEqualTo(404);
    }

    private JsonNode werkvoorraadZaak(String meldingId) throws Exception {
        JsonNode werkvoorraad = JSON.readTree(get("/api/v1/werkvoorraad?regio="
                + URLEncoder.encode("Veilig Thuis Rotterdam Rijnmond", StandardCharsets.UTF_8)).body());
        for (JsonNode zaak : werkvoorraad.get("zaken")) {
            if (meldingId.equals(zaak.get("meldingId").asString())) {
                return zaak;
            }
        }
        throw new AssertionError("melding " + meldingId + " staat niet op de werkvoorraad");
    }

    @Test
    void everyEndpointIsDescribedWithExamples() throws Exception {
        // issue 3: the OpenAPI document describes every endpoint with examples
        JsonNode openApi = JSON.readTree(get("/api/v1/openapi.json").body());
        assertThat(openApi.path("paths").propertyNames()).isNotEmpty();
        assertThat(nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden.ontbrekend(openApi)).isEmpty();
    }

    @Test
    void r3_spoedFromAnAcuutMeldingIsActionableAtOnce() throws Exception {
        // R2, R3: the moment it arrives, VT can decide SPOED; SPOED needs acute unsafety as its severity
        var melding = meldingOntvangen(klok.instant(), true);
        awaitTriage(melding.meldingId());
        // the responsibility is a second event of the same command: the projection may show it a moment later
        JsonNode triage = await().atMost(Duration.ofSeconds(20))
                .until(() -> awaitTriage(melding.meldingId()),
                        t -> "VEILIG_THUIS".equals(t.get("zichtOpVeiligheidBij").asString()));
        assertThat(triage.get("monitoringsfrequentie").asString()).isEqualTo("DAGELIJKS");
        var teLicht = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "SPOED", "triagist": {"naam": "D. Smit", "telefoon": "010-2223334"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Direct handelen"}""");
        assertThat(teLicht.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(teLicht.body()).get("regel").asString()).isEqualTo("R3");
        var spoed = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "SPOED", "triagist": {"naam": "D. Smit", "telefoon": "010-2223334"},
                 "ernst": "ACUUT_ONVEILIG", "onderbouwing": "Kinderen alleen thuis; politie ter plaatse"}""");
        assertThat(spoed.statusCode()).isEqualTo(200);
        KetenEvent afgerond = awaitPublished("triage-afgerond", melding.gezinId());
        EventContract.assertValid("triage-afgerond.v1", afgerond.data());
        assertThat(JSON.readTree(afgerond.data()).get("uitkomst").asString()).isEqualTo("SPOED");
        assertThat(JSON.readTree(afgerond.data()).get("ernst").asString()).isEqualTo("ACUUT_ONVEILIG");
    }

    @Test
    void aMeldingWhileVeiligThuisIsInvolvedIsARepeat() throws Exception {
        // issue point 3: a melding about a gezin VT is already involved with is marked as a herhaalmelding
        var eerste = meldingOntvangen(klok.instant());
        awaitTriage(eerste.meldingId());
        var tweede = meldingOntvangen(klok.instant(), false, eerste.gezinId());
        JsonNode triage = awaitTriage(tweede.meldingId());
        assertThat(triage.get("herhaalmelding").asBoolean()).isTrue();
        KetenEvent geopend = await().atMost(Duration.ofSeconds(30))
                .until(() -> published("triage-geopend", eerste.gezinId()), list -> list.size() == 2)
                .stream().filter(e -> JSON.readTree(e.data()).get("meldingId").asString().equals(tweede.meldingId()))
                .findFirst().orElseThrow();
        EventContract.assertValid("triage-geopend.v1", geopend.data());
        assertThat(JSON.readTree(geopend.data()).get("herhaalmelding").asBoolean()).isTrue();
        assertThat(awaitTriage(eerste.meldingId()).get("herhaalmelding").asBoolean()).isFalse();
    }

    @Test
    void aMeldingKoppeledToAKnownGezinCountsForThatGezin() throws Exception {
        // issue 3 point 3, R2: after the koppeling the triage, its zicht op veiligheid and later repeats belong to
        // the known gezin
        String bekendGezin = UUID.randomUUID().toString();
        var melding = meldingOntvangen(klok.instant(), true);
        awaitZichtBijVeiligThuis(melding.gezinId());
        String koppeling = """
                {"meldingId": "%s", "gezinId": "%s", "vorigGezinId": "%s", "gekoppeldOp": "%s",
                 "actor": {"rol": "VEILIG_THUIS_MEDEWERKER", "organisatie": "Veilig Thuis"}}"""
                .formatted(melding.meldingId(), bekendGezin, melding.gezinId(), klok.instant());
        EventContract.assertValid("melding-aan-gezin-gekoppeld.v1", koppeling.getBytes(StandardCharsets.UTF_8));
        var event = new KetenEvent(UUID.randomUUID().toString(),
                "nl.veilig-thuis.keten.melding.melding-aan-gezin-gekoppeld.v1",
                URI.create("urn:nl-veilig-thuis:keten:melding-service"), bekendGezin, klok.instant(), null, null,
                null, null, koppeling.getBytes(StandardCharsets.UTF_8));
        var record = CloudEventsKafkaCodec.encode(KetenTopics.MELDING, event);
        producer.send(record).get();
        producer.send(record).get(); // redelivery

        JsonNode zicht = awaitZichtBijVeiligThuis(bekendGezin);
        assertThat(zicht.at("/geschiedenis/0/meldingId").asString()).isEqualTo(melding.meldingId());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> bekendGezin.equals(awaitTriage(melding.meldingId()).get("gezinId").asString()));
        JsonNode vorig = JSON.readTree(get("/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid").body());
        assertThat(vorig.get("houder").isNull()).isTrue();
        // a new melding about the known gezin while VT holds zicht op veiligheid is a repeat
        var tweede = meldingOntvangen(klok.instant(), false, bekendGezin);
        assertThat(awaitTriage(tweede.meldingId()).get("herhaalmelding").asBoolean()).isTrue();
        // later events of the koppeled melding carry the known gezin
        post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "SPOED", "triagist": {"naam": "D. Smit", "telefoon": "010-2223334"},
                 "ernst": "ACUUT_ONVEILIG", "onderbouwing": "Direct handelen"}""");
        assertThat(JSON.readTree(awaitPublished("triage-afgerond", bekendGezin).data()).get("meldingId").asString())
                .isEqualTo(melding.meldingId());
    }

    @Test
    void r9_aReturnedZaakIsBackOnVeiligThuisWorklistWithZichtOpVeiligheidAndCounted() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "E. Visser", "telefoon": "010-3334445"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach"}""");
        String overdrachtId = JSON.readTree(besluit.body()).get("overdrachtId").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/overdrachten/" + overdrachtId).statusCode() == 200);
        String zaakId = UUID.randomUUID().toString();

        // R2: the wijkteam accepted: from then on it holds zicht op veiligheid
        Instant geaccepteerdOp = klok.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        wijkteamEvent("overdracht-geaccepteerd", melding.gezinId(), """
                {"zaakId": "%s", "overdrachtId": "%s", "gezinId": "%s", "geaccepteerdOp": "%s",
                 "actor": {"rol": "WIJKTEAMMEDEWERKER", "organisatie": "Wijkteam Vlaardingen"}}"""
                .formatted(zaakId, overdrachtId, melding.gezinId(), geaccepteerdOp));
        String zichtPad = "/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid";
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "WIJKTEAM".equals(JSON.readTree(get(zichtPad).body()).get("houder").asString()));

        // R9: the wijkteam returns it: back to VT, on the worklist for a new decision, counted once per return
        Instant teruggemeldOp = geaccepteerdOp.plusSeconds(60);
        var terugmelding = wijkteamEvent("zaak-teruggemeld", melding.gezinId(), """
                {"zaakId": "%s", "overdrachtId": "%s", "meldingId": "%s", "gezinId": "%s", "route": "NA_TRIAGE",
                 "reden": "ONVOLDOENDE_MIDDELEN", "teruggemeldOp": "%s",
                 "actor": {"rol": "WIJKTEAMMEDEWERKER", "organisatie": "Wijkteam Vlaardingen"}}"""
                .formatted(zaakId, overdrachtId, melding.meldingId(), melding.gezinId(), teruggemeldOp));
        producer.send(terugmelding).get(); // redelivery
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "TERUGGEMELD".equals(JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body())
                        .get("status").asString()));
        JsonNode zicht = awaitZichtBijVeiligThuis(melding.gezinId());
        assertThat(zicht.get("grond").asString()).isEqualTo("ZAAK_TERUGGEMELD");
        assertThat(Instant.parse(zicht.get("sinds").asString())).isEqualTo(teruggemeldOp);
        assertThat(zicht.get("terugmeldingen").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body()).get("aantalTerugmeldingen")
                .asInt()).isEqualTo(1);
        KetenEvent terug = await().atMost(Duration.ofSeconds(30))
                .until(() -> published("zicht-op-veiligheid-bij-veilig-thuis", melding.gezinId()),
                        list -> list.stream().anyMatch(e -> JSON.readTree(e.data()).get("grond").asString()
                                .equals("ZAAK_TERUGGEMELD")))
                .stream().filter(e -> JSON.readTree(e.data()).get("grond").asString().equals("ZAAK_TERUGGEMELD"))
                .findFirst().orElseThrow();
        EventContract.assertValid("zicht-op-veiligheid-bij-veilig-thuis.v1", terug.data());

        // a new decision hands it over again under a new overdracht
        var opnieuw = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "E. Visser", "telefoon": "010-3334445"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Ander aanbod nodig", "advies": "Specialistische hulp"}""");
        assertThat(opnieuw.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opnieuw.body()).get("overdrachtId").asString()).isNotEqualTo(overdrachtId);
        assertThat(JSON.readTree(get(zichtPad).body()).get("terugmeldingen").asInt()).isEqualTo(1);
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> wijkteamEvent(String naam,
            String gezinId, String payload) throws Exception {
        EventContract.assertValid(naam + ".v1", payload.getBytes(StandardCharsets.UTF_8));
        var event = new KetenEvent(UUID.randomUUID().toString(), "nl.veilig-thuis.keten.wijkteam." + naam + ".v1",
                URI.create("urn:nl-veilig-thuis:keten:wijkteam-service"), gezinId, klok.instant(), null, null, null,
                null, payload.getBytes(StandardCharsets.UTF_8));
        var record = CloudEventsKafkaCodec.encode(KetenTopics.WIJKTEAM, event);
        producer.send(record).get();
        return record;
    }

    private JsonNode awaitZichtBijVeiligThuis(String gezinId) throws Exception {
        String path = "/api/v1/gezinnen/" + gezinId + "/zicht-op-veiligheid";
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "VEILIG_THUIS".equals(JSON.readTree(get(path).body()).get("houder").asString()));
        return JSON.readTree(get(path).body());
    }

    @Test
    void anInvalidDecisionIsRefusedWithAllFieldsAndChangesNothing() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        long voor = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        var response = post("/api/v1/triages/" + melding.meldingId() + "/besluit",
                "{\"triagist\": {\"naam\": \"\"}, \"onderbouwing\": \"\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("uitkomst", "triagist.naam", "triagist.telefoon", "ernst",
                "onderbouwing");
        // R3: severity is a code list
        var onbekendeErnst = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "A", "telefoon": "1"}, "ernst": "HOOG",
                 "onderbouwing": "x"}""");
        assertThat(onbekendeErnst.statusCode()).isEqualTo(400);
        assertThat(onbekendeErnst.body()).contains("ernst");
        // R7: a handover after triage carries advice
        var zonderAdvies = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A", "telefoon": "1"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "x"}""");
        assertThat(zonderAdvies.statusCode()).isEqualTo(400);
        assertThat(zonderAdvies.body()).contains("advies");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(voor);
        assertThat(post("/api/v1/triages/" + UUID.randomUUID() + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "A", "telefoon": "1"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "x"}""")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aJustifiedOverrunMovesTheTermAndIsNoBreach() throws Exception {
        // R4: two onderzoeken of the same day; only the one without a recorded reason breaches at 10 weeks
        var gerechtvaardigd = onderzoekGestart();
        var zonderReden = onderzoekGestart();
        LocalDate oud = LocalDate.parse(onderzoek(gerechtvaardigd.onderzoekId()).get("uiterlijkAfgerondOp").asString());
        LocalDate nieuw = oud.plusWeeks(4);

        var zonderDatum = post("/api/v1/onderzoeken/" + gerechtvaardigd.onderzoekId() + "/overschrijding",
                "{\"reden\": \"MDCK_ZAAK\", \"toelichting\": \"MDCK-onderzoek loopt\"}");
        assertThat(zonderDatum.statusCode()).isEqualTo(400);
        assertThat(zonderDatum.body()).contains("nieuweEinddatum");
        var overschrijding = post("/api/v1/onderzoeken/" + gerechtvaardigd.onderzoekId() + "/overschrijding", """
                {"reden": "MULTIPROBLEEM_GEZIN", "toelichting": "Beide ouders met psychische problemen",
                 "nieuweEinddatum": "%s"}""".formatted(nieuw));
        assertThat(overschrijding.statusCode()).isEqualTo(200);

        LocalDate eindeZonderReden =
                LocalDate.parse(onderzoek(zonderReden.onderzoekId()).get("uiterlijkAfgerondOp").asString());
        Instant voorbijOudeEinde = Werkdagen.eindeVan(oud.isAfter(eindeZonderReden) ? oud : eindeZonderReden);
        klok.verschuif(Duration.between(klok.instant(), voorbijOudeEinde).plusHours(1));

        EventContract.assertValid("onderzoekstermijn-overschreden.v1",
                awaitPublished("onderzoekstermijn-overschreden", zonderReden.melding().gezinId()).data());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                onderzoek(zonderReden.onderzoekId()).get("termijnOverschreden").asBoolean());
        JsonNode view = onderzoek(gerechtvaardigd.onderzoekId());
        assertThat(view.get("uiterlijkAfgerondOp").asString()).isEqualTo(nieuw.toString());
        assertThat(view.get("redenOverschrijding").asString()).isEqualTo("MULTIPROBLEEM_GEZIN");
        assertThat(view.get("termijnOverschreden").asBoolean()).isFalse();
        KetenEvent verlengd = awaitPublished("onderzoekstermijn-verlengd", gerechtvaardigd.melding().gezinId());
        EventContract.assertValid("onderzoekstermijn-verlengd.v1", verlengd.data());
        assertThat(JSON.readTree(verlengd.data()).get("uiterlijkAfgerondOp").asString()).isEqualTo(nieuw.toString());
        assertThat(new String(verlengd.data(), StandardCharsets.UTF_8)).doesNotContain("psychische");
        assertThat(published("onderzoekstermijn-overschreden", gerechtvaardigd.melding().gezinId())).isEmpty();
    }

    @Test
    void r19_everyReadModelIsRebuiltFromTheEventStoreAndReadsTheSameAsBefore() throws Exception {
        var melding = meldingOntvangen(klok.instant(), true);
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get("/api/v1/gezinnen/" + melding.gezinId()
                + "/zicht-op-veiligheid").body()).get("geschiedenis").size() == 1);
        var gestart = onderzoekGestart();
        List<String> paden = List.of("/api/v1/triages/" + melding.meldingId(),
                "/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid",
                "/api/v1/triages/" + gestart.melding().meldingId(), "/api/v1/onderzoeken/" + gestart.onderzoekId());
        List<String> voor = new ArrayList<>();
        for (String pad : paden) {
            voor.add(get(pad).body());
        }

        for (String projectie : List.of("triage-overzicht", "onderzoek-overzicht", "overdracht", "wachtlijst",
                "zicht-op-veiligheid")) {
            String pad = "/api/v1/beheer/projecties/" + projectie + "/herbouw";
            var response = post(pad, "");
            assertThat(response.statusCode()).as(projectie + ": " + response.body()).isEqualTo(202);
            JsonNode herbouw = JSON.readTree(response.body());
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith(pad + "/" + herbouw.get("herbouwId").asString()));
            JsonNode klaar = herbouwKlaar(pad + "/" + herbouw.get("herbouwId").asString());
            assertThat(klaar.get("status").asString()).as(klaar.toString()).isEqualTo("KLAAR");
            assertThat(klaar.at("/vergelijking/gelijk").asBoolean()).as(klaar.toString()).isTrue();
            if (!projectie.equals("overdracht")) { // this test makes no overdracht; others may, before or after it
                assertThat(klaar.at("/vergelijking/gezinnen").asLong()).as(projectie).isPositive();
            }
        }
        List<String> na = new ArrayList<>();
        for (String pad : paden) {
            na.add(get(pad).body());
        }
        assertThat(na).isEqualTo(voor);
    }

    @Test
    void r19_aRowChangedBehindTheProcessorsBackIsReportedAsDeviatingAndRestored() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        jdbc.update("UPDATE triage_overzicht SET gemeente = 'Nergenshuizen' WHERE melding_id = ?", melding.meldingId());

        var response = post("/api/v1/beheer/projecties/triage-overzicht/herbouw", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode klaar = herbouwKlaar(response.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^http://[^/]+", ""));

        assertThat(klaar.at("/vergelijking/gelijk").asBoolean()).isFalse();
        assertThat(klaar.at("/vergelijking/afwijkend").asLong()).isEqualTo(1);
        assertThat(klaar.at("/vergelijking/afwijkendeGezinnen").get(0).asString()).isEqualTo(melding.gezinId());
        assertThat(awaitTriage(melding.meldingId()).get("gemeente").asString()).isNotEqualTo("Nergenshuizen");
    }

    @Test
    void r19_processorsWithSideEffectsCannotBeRebuilt() throws Exception {
        // replaying them would publish every event, or start every onderzoek, a second time
        for (String groep : List.of("kafka-publisher", "onderzoek-starter")) {
            var response = post("/api/v1/beheer/projecties/" + groep + "/herbouw", "");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private JsonNode herbouwKlaar(String pad) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(get(pad).body()),
                stand -> !"LOOPT".equals(stand.get("status").asString()));
    }

    private static final String AFRONDING = """
            {"onderzoeksvraag": "Is het kind veilig?", "onderzoeksresultaten": "Risico's bij ouders",
             "doelenVanOndersteuning": ["Veilige thuissituatie", "Schuldhulp"], "hulpverleningsadvies": "Gezinsbehandeling",
             "voorstelCasusregisseur": "Wijkteam Holy", "veiligheidsafspraken": "Dagelijks contact school"}""";

    private HttpResponse<String> startOnderzoek(String onderzoekId) throws Exception {
        return post("/api/v1/onderzoeken/" + onderzoekId + "/start",
                "{\"onderzoeker\": {\"naam\": \"M. Jansen\", \"telefoon\": \"010-7654321\"}}");
    }

    record GestartOnderzoek(Melding melding, String onderzoekId) {
    }

    private GestartOnderzoek onderzoekGestart() throws Exception {
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

    private JsonNode onderzoek(String onderzoekId) throws Exception {
        return JSON.readTree(get("/api/v1/onderzoeken/" + onderzoekId).body());
    }

    record Melding(String meldingId, String gezinId, org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record) {
    }

    private Melding meldingOntvangen(Instant ontvangenOp) throws Exception {
        return meldingOntvangen(ontvangenOp, false);
    }

    private Melding meldingOntvangen(Instant ontvangenOp, boolean acuutOnveilig) throws Exception {
        return meldingOntvangen(ontvangenOp, acuutOnveilig, UUID.randomUUID().toString());
    }

    private Melding meldingOntvangen(Instant ontvangenOp, boolean acuutOnveilig, String gezinId) throws Exception {
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

    private JsonNode awaitTriage(String meldingId) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/triages/" + meldingId).statusCode() == 200);
        return JSON.readTree(get("/api/v1/triages/" + meldingId).body());
    }

    private KetenEvent awaitPublished(String naam, String gezinId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> published(naam, gezinId), list -> !list.isEmpty()).get(0);
    }

    private List<KetenEvent> awaitPublishedAll(String naam, String gezinId) {
        awaitPublished(naam, gezinId);
        return published(naam, gezinId);
    }

    private List<KetenEvent> published(String naam, String gezinId) {
        synchronized (consumer) {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> gepubliceerd.add(CloudEventsKafkaCodec.decode(r)));
        }
        return gepubliceerd.stream()
                .filter(e -> e.subject().equals(gezinId) && e.type().equals("nl.veilig-thuis.keten.triage." + naam + ".v1"))
                .toList();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Issue 12 point 2: a table no digest names would be refilled by a herbouw without being compared. */
    @Test
    void r19_everyTableOfTheSchemaIsInADigestOrExcludedWithAReason() {
        Map<String, String> uitgezonderd = Map.of();
        assertThat(Tabeldekking.onbedekt(jdbc, digests, uitgezonderd)).isEmpty();
        assertThat(Tabeldekking.verouderd(jdbc, uitgezonderd)).isEmpty();
    }
}
