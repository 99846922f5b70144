package nl.veiligthuis.keten.melding.terugkoppeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.melding.Postbus;
import nl.veiligthuis.keten.melding.melding.Aanleiding;
import nl.veiligthuis.keten.melding.melding.MelderType;
import nl.veiligthuis.keten.melding.melding.Moment;
import nl.veiligthuis.keten.melding.melding.TerugkoppelingNietVerstuurd;
import nl.veiligthuis.keten.melding.melding.TerugkoppelingVerstuurd;
import nl.veiligthuis.keten.melding.melding.Vervolgroute;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R6 against a real PostgreSQL and Kafka, driven by real CloudEvents of triage-service on {@code keten.triage.v1}.
 * Records of one gezin share a key and so a partition: the listener handles them in the order produced, which is
 * what lets a test conclude "nothing happened" from a later record having been handled, without sleeping.
 */
class TerugkoppelingIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VERSTUURD = "nl.veilig-thuis.keten.melding.terugkoppeling-verstuurd.v1";
    private static final String REGIO = "Veilig Thuis Rotterdam Rijnmond";
    private static final String OMSCHRIJVING = "Blauwe plekken op de armen van Mila";

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    private TerugkoppelingUitgang uitgang;
    private final KafkaProducer<String, byte[]> producer = TestInfrastructure.get().producer();



    @Test
    void r6_theMelderHearsAfterTriageAndAfterOnderzoekOnceEachWithoutContactDataOnTheTopic() throws Exception {
        // R6
        JsonNode melding = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "Basisschool De Regenboog", "contact": "010-7654321"}""", null));
        String meldingId = melding.get("meldingId").asString();
        String gezinId = melding.get("gezinId").asString();

        var triageAfgerond = triageAfgerond(meldingId, gezinId, "ONDERZOEK");
        producer.send(triageAfgerond).get();
        producer.send(triageAfgerond).get(); // redelivery
        producer.send(triageAfgerond(meldingId, gezinId, "AFSLUITEN")).get(); // the same moment again
        producer.send(overdrachtGedaan(meldingId, gezinId, "NA_ONDERZOEK", "Schiedam")).get();

        ConsumerRecord<String, byte[]> naOnderzoek = awaitRecord(meldingId, "NA_ONDERZOEK");
        ConsumerRecord<String, byte[]> naTriage = awaitRecord(meldingId, "NA_TRIAGE");
        for (var record : List.of(naTriage, naOnderzoek)) {
            KetenEvent event = CloudEventsKafkaCodec.decode(record);
            assertThat(record.key()).isEqualTo(gezinId);
            assertThat(event.subject()).isEqualTo(gezinId);
            assertThat(event.dataref().getPath()).isEqualTo("/api/v1/meldingen/" + meldingId + "/terugkoppelingen");
            EventContract.assertValid("terugkoppeling-verstuurd.v1", event.data());
            // D4: codes only: no contact, organisation, letter or partner names on the topic
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("010-7654321",
                    "Regenboog", "Geachte", "Wijkteam", "Schiedam", "Rotterdam", "Mila", "Jansen", "Blauwe");
        }
        JsonNode payload = JSON.readTree(CloudEventsKafkaCodec.decode(naTriage).data());
        assertThat(payload.get("vervolgroute").asString()).isEqualTo("ONDERZOEK_DOOR_VEILIG_THUIS");
        assertThat(payload.get("melderType").asString()).isEqualTo("PROFESSIONAL");
        assertThat(payload.get("actor").get("rol").asString()).isEqualTo("VEILIG_THUIS");
        // the publisher keeps the stored order: the second moment's record came after every record of the first
        assertThat(meldingTopic.records().stream().filter(r -> isVerstuurd(r, meldingId, "NA_TRIAGE"))).hasSize(1);

        JsonNode terugkoppelingen = await().atMost(Duration.ofSeconds(20))
                .until(() -> terugkoppelingen(meldingId), t -> t.size() == 2);
        JsonNode eerste = terugkoppelingen.get(0);
        assertThat(eerste.get("moment").asString()).isEqualTo("NA_TRIAGE");
        assertThat(eerste.get("vervolgroute").asString()).isEqualTo("ONDERZOEK_DOOR_VEILIG_THUIS");
        assertThat(eerste.get("partners").toString()).isEqualTo("[\"" + REGIO + "\"]");
        JsonNode tweede = terugkoppelingen.get(1);
        assertThat(tweede.get("moment").asString()).isEqualTo("NA_ONDERZOEK");
        assertThat(tweede.get("vervolgroute").asString()).isEqualTo("OVERGEDRAGEN_AAN_WIJKTEAM");
        assertThat(tweede.get("partners").toString()).isEqualTo("[\"Wijkteam Schiedam\",\"" + REGIO + "\"]");
        assertThat(tweede.get("tekst").asString()).contains("Wijkteam Schiedam")
                .doesNotContain(OMSCHRIJVING, "Mila", "Jansen", "KINDERMISHANDELING", "mishandeling");
    }

    @Test
    void r6_anAnonymousMelderGetsNoFeedbackAndAnUnknownMeldingIsPassedQuietly() throws Exception {
        // R6: none for anonymous melders
        JsonNode anoniem = registreer(melding("{\"type\": \"ANONIEM\"}", null));
        String anoniemeMelding = anoniem.get("meldingId").asString();
        String gezinId = anoniem.get("gezinId").asString();
        // a later melding about the same gezin: its records share the key, so they are handled after the others
        String latere = registreer(melding("""
                {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"}""", gezinId))
                .get("meldingId").asString();
        var onbekend = triageAfgerond(UUID.randomUUID().toString(), gezinId, "ONDERZOEK");

        producer.send(onbekend).get();
        producer.send(triageAfgerond(anoniemeMelding, gezinId, "OVERDRACHT_LOKAAL_VELD")).get();
        producer.send(overdrachtGedaan(anoniemeMelding, gezinId, "NA_TRIAGE", "Vlaardingen")).get();
        producer.send(triageAfgerond(latere, gezinId, "OVERDRACHT_LOKAAL_VELD")).get();

        JsonNode later = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(latere), t -> t.size() == 1);
        assertThat(later.get(0).get("partners").toString()).isEqualTo("[\"Wijkteam Vlaardingen\"]");
        var bijAnoniem = get("/api/v1/meldingen/" + anoniemeMelding + "/terugkoppelingen");
        assertThat(bijAnoniem.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(bijAnoniem.body()).get("terugkoppelingen")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", Long.class, anoniemeMelding, TerugkoppelingNietVerstuurd.class.getName()))
                .isEqualTo(1);
        // handled without an error: the inbox row commits only with a successful handling
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inbox_message WHERE event_id = ?", Long.class,
                new String(onbekend.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(get("/api/v1/meldingen/" + UUID.randomUUID() + "/terugkoppelingen").statusCode()).isEqualTo(404);
    }

    @Test
    void r6_r9_issue14_everyLetterIsDeliveredOnceWithItsAddressAndANewDecisionAfterAReturnGetsItsOwn() throws Exception {
        JsonNode melding = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "Huisartsenpraktijk Bezorgd", "contact": "post@bezorgd.example"}""",
                null));
        String meldingId = melding.get("meldingId").asString();
        producer.send(triageAfgerond(meldingId, melding.get("gezinId").asString(), "OVERDRACHT_LOKAAL_VELD")).get();

        JsonNode bezorgd = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(meldingId),
                t -> t.size() == 1 && "BEZORGD".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(bezorgd.get(0).at("/bezorging/pogingen").asInt()).isEqualTo(1);
        assertThat(bezorgd.get(0).at("/bezorging/bezorgdOp").isNull()).isFalse();
        List<Postbus.Brief> brieven = Postbus.get().brievenVoor(meldingId);
        assertThat(brieven).hasSize(1);
        JsonNode brief = brieven.get(0).inhoud();
        assertThat(brief.get("moment").asString()).isEqualTo("NA_TRIAGE");
        assertThat(brief.at("/melder/organisatie").asString()).isEqualTo("Huisartsenpraktijk Bezorgd");
        assertThat(brief.at("/melder/contact").asString()).isEqualTo("post@bezorgd.example");
        assertThat(brief.get("tekst").asString()).isEqualTo(bezorgd.get(0).get("tekst").asString());
        assertThat(brieven.get(0).idempotencyKey()).isEqualTo(brief.get("bezorgingId").asString());
        // R9: the wijkteam returned the zaak and VT decided again (ronde 2): the melder gets a new letter
        producer.send(triageAfgerond(meldingId, melding.get("gezinId").asString(), "ONDERZOEK")).get(); // same ronde
        producer.send(cloudEvent("triage-afgerond", melding.get("gezinId").asString(), EventContract
                .sample("triage-afgerond.v1").replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", melding.get("gezinId").asString())
                .replace("OVERDRACHT_LOKAAL_VELD", "ONDERZOEK").replace("\"ronde\": 1", "\"ronde\": 2"))).get();
        JsonNode tweeBrieven = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(meldingId),
                t -> t.size() == 2 && "BEZORGD".equals(t.get(1).at("/bezorging/status").asString()));
        assertThat(tweeBrieven.findValuesAsString("aanleiding")).containsExactly("triage-ronde-1", "triage-ronde-2");
        assertThat(tweeBrieven.get(1).get("vervolgroute").asString()).isEqualTo("ONDERZOEK_DOOR_VEILIG_THUIS");
        assertThat(Postbus.get().brievenVoor(meldingId)).hasSize(2)
                .extracting(Postbus.Brief::idempotencyKey).doesNotHaveDuplicates();
        // delivered is done: later rounds do not offer it again
        int aangeboden = Postbus.get().aangeboden(meldingId);
        String later = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "Huisartsenpraktijk Later", "contact": "later@example.org"}""",
                null)).get("meldingId").asString();
        producer.send(triageAfgerond(later, UUID.randomUUID().toString(), "AFSLUITEN")).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> !Postbus.get().brievenVoor(later).isEmpty());
        assertThat(Postbus.get().aangeboden(meldingId)).isEqualTo(aangeboden);
    }

    @Test
    void r6_issue14_aProfessionalMelderHearsWhomToCallAtVeiligThuisAndACitizenNoName() throws Exception {
        // issue 14 point 5 (003: "welk poppetje erop zit"): the contact person comes from triage-service at delivery
        JsonNode melding = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "Basisschool Het Poppetje", "contact": "010-1112223"}""",
                null));
        String meldingId = melding.get("meldingId").asString();
        Postbus.get().contactpersoonVoor(meldingId, "A. de Vries", "010-1234567", "Veilig Thuis Rotterdam Rijnmond");
        // triage-service does not answer the first time: the letter waits for its contact person, it is not sent
        // without
        Postbus.get().contactstoringVoor(meldingId, 1);
        producer.send(triageAfgerond(meldingId, melding.get("gezinId").asString(), "OVERDRACHT_LOKAAL_VELD")).get();

        JsonNode bezorgd = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(meldingId),
                t -> t.size() == 1 && "BEZORGD".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(bezorgd.get(0).at("/bezorging/pogingen").asInt()).isEqualTo(2);
        JsonNode brief = Postbus.get().brievenVoor(meldingId).get(0).inhoud();
        String tekst = brief.get("tekst").asString();
        assertThat(tekst).contains("Uw contactpersoon bij Veilig Thuis Rotterdam Rijnmond: A. de Vries, telefoon "
                + "010-1234567.");
        assertThat(tekst.indexOf("Uw contactpersoon")).isLessThan(tekst.indexOf("Over de inhoud"));
        assertThat(brief.at("/contactpersoon/naam").asString()).isEqualTo("A. de Vries");
        // the letter kept here names no one: the name is read at delivery, never stored in melding-service
        assertThat(bezorgd.get(0).get("tekst").asString()).doesNotContain("de Vries");

        // a refused token cannot be mended by asking again: the letter goes without, at once (R6 comes first)
        JsonNode zonderToken = registreer(melding("""
                {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam", "contact": "010-4445556"}""", null));
        String zonderTokenId = zonderToken.get("meldingId").asString();
        Postbus.get().contactpersoonVoor(zonderTokenId, "A. de Vries", "010-1234567", "Veilig Thuis Rotterdam Rijnmond");
        Postbus.get().weigerTokenVoor(zonderTokenId);
        producer.send(triageAfgerond(zonderTokenId, zonderToken.get("gezinId").asString(), "OVERDRACHT_LOKAAL_VELD"))
                .get();
        JsonNode zonder = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(zonderTokenId),
                t -> t.size() == 1 && "BEZORGD".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(zonder.get(0).at("/bezorging/pogingen").asInt()).isEqualTo(1);
        assertThat(Postbus.get().brievenVoor(zonderTokenId).get(0).inhoud().get("tekst").asString())
                .doesNotContain("contactpersoon");

        // an answer that is no JSON (a proxy's page) and never mends: asked again in the first half of the attempts
        // only, then the letter goes without, leaving the rest of its attempts to the channel (3 in the tests)
        JsonNode proxy = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "Consultatiebureau Achter Proxy", "contact": "010-7778889"}""",
                null));
        String proxyId = proxy.get("meldingId").asString();
        Postbus.get().contactpersoonVoor(proxyId, "A. de Vries", "010-1234567", "Veilig Thuis Rotterdam Rijnmond");
        Postbus.get().onleesbaarVoor(proxyId);
        producer.send(triageAfgerond(proxyId, proxy.get("gezinId").asString(), "OVERDRACHT_LOKAAL_VELD")).get();
        JsonNode achterProxy = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(proxyId),
                t -> t.size() == 1 && "BEZORGD".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(achterProxy.get(0).at("/bezorging/pogingen").asInt()).isEqualTo(2);
        assertThat(Postbus.get().brievenVoor(proxyId)).hasSize(1);
        assertThat(Postbus.get().brievenVoor(proxyId).get(0).inhoud().get("tekst").asString())
                .doesNotContain("contactpersoon");

        // a citizen hears whether a route started, not who works on it (R6)
        JsonNode burger = registreer(melding("""
                {"type": "BURGER", "contact": "buurvrouw@example.org"}""", null));
        String burgerId = burger.get("meldingId").asString();
        Postbus.get().contactpersoonVoor(burgerId, "A. de Vries", "010-1234567", "Veilig Thuis Rotterdam Rijnmond");
        producer.send(triageAfgerond(burgerId, burger.get("gezinId").asString(), "OVERDRACHT_LOKAAL_VELD")).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> !Postbus.get().brievenVoor(burgerId).isEmpty());
        JsonNode burgerbrief = Postbus.get().brievenVoor(burgerId).get(0).inhoud();
        assertThat(burgerbrief.get("tekst").asString()).doesNotContain("de Vries");
        assertThat(burgerbrief.has("contactpersoon")).isFalse();
    }

    @Test
    void r6_issue14_aFailedDeliveryIsRetriedVisiblyAndGivenUpAfterTheLastAttempt() throws Exception {
        // the gateway answers 503 twice: the third attempt delivers
        JsonNode herstel = registreer(melding("""
                {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam", "contact": "wijkagent@politie.example"}""",
                null));
        String herstelId = herstel.get("meldingId").asString();
        Postbus.get().storingVoor(herstelId, 2);
        // and never accepts this one's letter: given up after the last of 3 attempts (the tests' setting)
        JsonNode opgegeven = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "School Zonder Postbus", "contact": "nergens@example.org"}""",
                null));
        String opgegevenId = opgegeven.get("meldingId").asString();
        Postbus.get().storingVoor(opgegevenId, 1000);
        producer.send(triageAfgerond(herstelId, herstel.get("gezinId").asString(), "ONDERZOEK")).get();
        producer.send(triageAfgerond(opgegevenId, opgegeven.get("gezinId").asString(), "ONDERZOEK")).get();

        // between the attempts the failure is visible on the melding
        JsonNode wachtend = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(herstelId),
                t -> t.size() == 1 && "HTTP 503".equals(t.get(0).at("/bezorging/laatsteFout").asString()));
        assertThat(wachtend.get(0).at("/bezorging/status").asString()).isIn("WACHTEND", "BEZORGD");
        JsonNode hersteld = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(herstelId),
                t -> "BEZORGD".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(hersteld.get(0).at("/bezorging/pogingen").asInt()).isEqualTo(3);
        assertThat(hersteld.get(0).at("/bezorging/laatsteFout").isNull()).isTrue();
        assertThat(Postbus.get().brievenVoor(herstelId)).hasSize(1);

        JsonNode mislukt = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(opgegevenId),
                t -> t.size() == 1 && "MISLUKT".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(mislukt.get(0).at("/bezorging/pogingen").asInt()).isEqualTo(3);
        assertThat(mislukt.get(0).at("/bezorging/volgendePogingOp").isNull()).isTrue();
        assertThat(Postbus.get().aangeboden(opgegevenId)).isEqualTo(3);
        // a receiver that refuses the letter itself (a 4xx) is not asked again
        JsonNode geweigerd = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "Onbekende Ontvanger", "contact": "onbekend@example.org"}""",
                null));
        String geweigerdId = geweigerd.get("meldingId").asString();
        Postbus.get().weigerVoor(geweigerdId);
        producer.send(triageAfgerond(geweigerdId, geweigerd.get("gezinId").asString(), "AFSLUITEN")).get();
        JsonNode eenPoging = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(geweigerdId),
                t -> t.size() == 1 && "MISLUKT".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(eenPoging.get(0).at("/bezorging/pogingen").asInt()).isEqualTo(1);
        assertThat(eenPoging.get(0).at("/bezorging/laatsteFout").asString()).isEqualTo("HTTP 422");
        // operations see it in their list, with pseudonymous ids and codes only
        var lijst = alsBeheerder("GET", "/api/v1/terugkoppelingen/bezorgingen?status=MISLUKT", null);
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains(opgegevenId, "HTTP 503").doesNotContain(herstelId, "nergens@example.org",
                "Geachte");
        assertThat(alsBeheerder("GET", "/api/v1/terugkoppelingen/bezorgingen?status=ONBEKEND", null).statusCode())
                .isEqualTo(400);
        // and as a metric
        assertThat(get("/actuator/prometheus").body().lines()
                .filter(regel -> regel.startsWith("keten_terugkoppeling_bezorging{") && regel.contains("MISLUKT"))
                .map(regel -> Double.parseDouble(regel.substring(regel.lastIndexOf(' ') + 1))))
                .singleElement().satisfies(aantal -> assertThat(aantal).isGreaterThanOrEqualTo(1.0));
    }

    @Test
    void r6_r21_issue14_aLetterOfAnErasedGezinLapsesAndAHeldLetterGoesOnlyWhenTheBeheerderSaysSo() throws Exception {
        // R21: the gezin is erased before VT decides: there is nobody left to write about
        JsonNode gewist = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "Huisartsenpraktijk Gewist", "contact": "gewist@example.org"}""",
                null));
        String gewistId = gewist.get("meldingId").asString();
        assertThat(alsBeheerder("POST", "/api/v1/beheer/wissingen",
                "{\"gezinId\": \"" + gewist.get("gezinId").asString() + "\"}").statusCode()).isEqualTo(200);
        producer.send(triageAfgerond(gewistId, gewist.get("gezinId").asString(), "AFSLUITEN")).get();
        JsonNode vervallen = await().atMost(Duration.ofSeconds(30)).until(() -> terugkoppelingen(gewistId),
                t -> t.size() == 1 && "VERVALLEN".equals(t.get(0).at("/bezorging/status").asString()));
        assertThat(vervallen.get(0).at("/bezorging/laatsteFout").asString()).contains("R21");
        assertThat(Postbus.get().aangeboden(gewistId)).isZero();

        // a letter older than the limit when queued (made before dispatch existed) is held, not sent unasked
        JsonNode oud = registreer(melding("""
                {"type": "PROFESSIONAL", "organisatie": "School Van Vroeger", "contact": "vroeger@example.org"}""",
                null));
        String oudId = oud.get("meldingId").asString();
        var brief = new TerugkoppelingVerstuurd(oudId, oud.get("gezinId").asString(), Moment.NA_TRIAGE,
                MelderType.PROFESSIONAL, Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS, List.of(), "Geachte melder, ...",
                Instant.now().minus(Duration.ofDays(40)), Aanleiding.triageRonde(1));
        var bericht = GenericEventMessage.asEventMessage(brief);
        uitgang.on(brief, bericht);
        uitgang.on(brief, bericht); // the same event again: one row
        await().atMost(Duration.ofSeconds(10)).until(() -> alsBeheerder("GET",
                "/api/v1/terugkoppelingen/bezorgingen?status=AANGEHOUDEN", null).body().contains(bericht.getIdentifier()));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM terugkoppeling_bezorging WHERE melding_id = ?",
                Long.class, oudId)).isEqualTo(1);
        assertThat(Postbus.get().aangeboden(oudId)).isZero();
        String opnieuw = "/api/v1/terugkoppelingen/bezorgingen/" + bericht.getIdentifier() + "/opnieuw";
        assertThat(alsBeheerder("POST", opnieuw, "").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> Postbus.get().brievenVoor(oudId).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> alsBeheerder("GET",
                "/api/v1/terugkoppelingen/bezorgingen?status=BEZORGD&limiet=1000", null).body()
                .contains(bericht.getIdentifier()));
        // only a held or given-up letter goes again
        var alBezorgd = alsBeheerder("POST", opnieuw, "");
        assertThat(alBezorgd.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(alBezorgd.body()).get("regel").asString()).isEqualTo("R6");
        assertThat(alsBeheerder("POST", "/api/v1/terugkoppelingen/bezorgingen/onbekend/opnieuw", "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void r6_theOpenApiDocumentDescribesTheEndpointWithExamples() throws Exception {
        JsonNode openApi = JSON.readTree(get("/api/v1/openapi.json").body());
        JsonNode operatie = openApi.at("/paths/~1api~1v1~1meldingen~1{meldingId}~1terugkoppelingen/get");
        assertThat(operatie.get("summary").asString()).contains("R6");
        assertThat(operatie.at("/parameters/0/example").asString()).isNotBlank();
        JsonNode terugkoppeling = openApi.at("/components/schemas/Terugkoppeling/properties");
        assertThat(terugkoppeling.at("/vervolgroute/example").asString()).isEqualTo("OVERGEDRAGEN_AAN_WIJKTEAM");
        assertThat(terugkoppeling.at("/tekst/example").asString()).startsWith("Geachte melder");
    }

    private JsonNode terugkoppelingen(String meldingId) throws Exception {
        var response = get("/api/v1/meldingen/" + meldingId + "/terugkoppelingen");
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("terugkoppelingen")
                : JSON.createArrayNode();
    }

    private static ProducerRecord<String, byte[]> triageAfgerond(String meldingId, String gezinId, String uitkomst) {
        String payload = EventContract.sample("triage-afgerond.v1")
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("OVERDRACHT_LOKAAL_VELD", uitkomst);
        return cloudEvent("triage-afgerond", gezinId, payload);
    }

    private static ProducerRecord<String, byte[]> overdrachtGedaan(String meldingId, String gezinId, String route,
                                                                  String gemeente) {
        String payload = EventContract.sample("overdracht-gedaan.v1")
                .replace("3f0c2a4e-8d1b-4c55-9a51-0b6f3c1d2e71", meldingId)
                .replace("a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01", gezinId)
                .replace("NA_ONDERZOEK", route)
                .replace("Vlaardingen", gemeente);
        return cloudEvent("overdracht-gedaan", gezinId, payload);
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String naam, String gezinId, String payload) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        EventContract.assertValid(naam + ".v1", data);
        var event = new KetenEvent(UUID.randomUUID().toString(), "nl.veilig-thuis.keten.triage." + naam + ".v1",
                URI.create("urn:nl-veilig-thuis:keten:triage-service"), gezinId, Instant.now(), null, null, null, null,
                data);
        return CloudEventsKafkaCodec.encode(KetenTopics.TRIAGE, event);
    }

    private static String melding(String melder, String gezinId) {
        return """
                {"melder": %s,
                 "gezin": {%s"gemeente": "Vlaardingen",
                           "leden": [{"rol": "KIND", "voornaam": "Mila", "achternaam": "Jansen", "geboortedatum": "2017-09-01"}]},
                 "geweldsvormen": ["KINDERMISHANDELING_FYSIEK"], "kinderenAanwezig": true, "acuutOnveilig": false,
                 "omschrijving": "%s"}""".formatted(melder, gezinId == null ? "" : "\"gezinId\": \"" + gezinId + "\", ",
                OMSCHRIJVING);
    }

    private JsonNode registreer(String melding) throws Exception {
        var response = http.send(Testtokens.verzoek(URI.create("http://localhost:" + port + "/api/v1/meldingen"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(melding)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static boolean isVerstuurd(ConsumerRecord<String, byte[]> record, String meldingId, String moment) {
        String value = TopicReader.tekst(record);
        return VERSTUURD.equals(TopicReader.type(record)) && value.contains(meldingId) && value.contains("\"" + moment + "\"");
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String meldingId, String moment) {
        return meldingTopic.await(r -> isVerstuurd(r, meldingId, moment));
    }

    private HttpResponse<String> alsBeheerder(String methode, String path, String body) throws Exception {
        return http.send(Testtokens.verzoek(URI.create("http://localhost:" + port + path), Testtokens.beheerder())
                .header("Content-Type", "application/json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(Testtokens.verzoek(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
