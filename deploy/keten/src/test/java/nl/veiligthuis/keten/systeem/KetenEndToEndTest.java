package nl.veiligthuis.keten.systeem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.embedded.Ontwikkelconfiguratie;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import nl.veiligthuis.keten.testinfra.Bytescan;
import nl.veiligthuis.keten.testinfra.Logscan;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both routes of the chain across all four services, each in its own context and database, on a real
 * PostgreSQL server and a real Kafka broker, through their public REST APIs only. The scenarios share the running
 * chain but nothing else (issue 12 point 4): each makes its own gezinnen and judges only those, in any order. A
 * scenario that moves the chain's clock moves it forward for all; the others do not notice, because their terms
 * run from their own gezinnen's moments, which come after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KetenEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration KETEN = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Brievenbus brievenbus = new Brievenbus();
    private KetenSysteem systeem;
    private Logscan klasseLogs;
    private final Map<Dienst, String> databases = new EnumMap<>(Dienst.class);

    @BeforeAll
    void startKeten() {
        var infra = TestInfrastructure.get();
        // ports known before the start, so that each service can reach the others (the access log's chain overview)
        Map<Dienst, Integer> poorten = new EnumMap<>(Dienst.class);
        for (Dienst dienst : Dienst.values()) {
            poorten.put(dienst, vrijePoort());
        }
        systeem = KetenSysteem.start(dienst -> {
            Map<String, Object> eigenschappen = new HashMap<>(Ontwikkelconfiguratie.eigenschappen());
            eigenschappen.putAll(infra.databaseEigenschappen(databases.computeIfAbsent(dienst,
                    d -> infra.freshDatabase("e2e_" + d.database()))));
            eigenschappen.put("spring.kafka.bootstrap-servers", infra.bootstrapServers());
            eigenschappen.put("server.port", poorten.get(dienst));
            poorten.forEach((ander, poort) -> eigenschappen.put("keten.diensten." + ander.naam(),
                    "http://localhost:" + poort));
            if (dienst == Dienst.MELDING) {
                // issue 14 point 5: letters go to a local endpoint, with the contact person triage-service names
                eigenschappen.put("keten.terugkoppeling.bezorging.url", brievenbus.url());
                eigenschappen.put("keten.terugkoppeling.bezorging.interval", "PT1S");
                eigenschappen.put("keten.terugkoppeling.contactpersoon.authorization", "Bearer " + DevToken
                        .voorSysteem("Veilig Thuis Keten melding-service", "terugkoppeling:contactpersoon"));
            }
            return eigenschappen;
        });
        klasseLogs = Logscan.luister();
        // as a client would: every scenario starts on a chain that says it is ready (issue 11 point 6)
        for (Dienst dienst : Dienst.values()) {
            await().atMost(Duration.ofSeconds(120)).until(() -> http.send(
                    Testtokens.verzoek(uri(dienst, "/actuator/health/readiness")).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }
    }

    private static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Issue 13, done when: after every scenario of this class (run last; it makes one flow of its own, so it shows
     * something also when run alone), no name, date of birth, phone number or free text of the test data is readable in
     * any table of the four databases, on any topic, or in any log line written meanwhile.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void naAlleScenariosIsNergensEenPersoonsgegevenLeesbaar() throws Exception {
        gezinOvergedragenNaTriage();
        List<String> persoonsgegevens = KetenEndToEndTestData.PERSOONSGEGEVENS;
        var infra = TestInfrastructure.get();
        for (Dienst dienst : Dienst.values()) {
            assertThat(Bytescan.database(infra.alsEigenaar(databases.get(dienst)), persoonsgegevens))
                    .as(dienst.name()).isEmpty();
        }
        List<String> alleTopics = new ArrayList<>(KetenTopics.ALLE);
        alleTopics.add(KetenTopics.PRIVACY);
        alleTopics.add(KetenTopics.TOEGANGSLOG);
        try (TopicReader topics = TopicReader.of(alleTopics.toArray(String[]::new))) {
            assertThat(topics.records()).isNotEmpty();
            assertThat(Bytescan.records(topics.records(), persoonsgegevens)).isEmpty();
        }
        assertThat(klasseLogs.aantalRegels()).isPositive();
        assertThat(klasseLogs.vondsten(persoonsgegevens)).isEmpty();
    }

    @AfterAll
    void stopKeten() {
        if (klasseLogs != null) {
            klasseLogs.close();
        }
        systeem.close();
        brievenbus.stop();
    }

    @Test
    void overdrachtNaTriage() throws Exception {
        gezinOvergedragenNaTriage();
    }

    /** R1, R6, R7: a melding, its triage, a handover to the wijkteam, accepted; the gezin's id. */
    private String gezinOvergedragenNaTriage() throws Exception {
        JsonNode melding = post(Dienst.MELDING, "/api/v1/meldingen", KetenEndToEndTestData.MELDING);
        String meldingId = melding.get("meldingId").asString();
        String gezinId = melding.get("gezinId").asString();

        // R1: the triage is open with its term as soon as the melding arrived
        JsonNode triage = awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
        assertThat(triage.get("uiterlijkAfgerondOp").asString()).matches("\\d{4}-\\d{2}-\\d{2}");

        post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Geen acute onveiligheid", "advies": "Gezinscoach inzetten",
                 "toestemming": {"gegeven": true}}""");

        String zaakId = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId),
                zaken -> zaken.size() == 1).get(0).get("zaakId").asString();
        post(Dienst.WIJKTEAM, "/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"J. Smit\"}}");

        // one timeline for the gezin, from all services, in causal order
        List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(gezinId),
                t -> t.contains("OverdrachtGeaccepteerd") && t.contains("TerugkoppelingVerstuurd"));
        assertThat(typen).containsSubsequence("MeldingOntvangen", "TriageAfgerond", "OverdrachtGedaan",
                "OverdrachtGeaccepteerd");
        // R6: the melder (police, not anonymous) hears after triage what was done, and it is on the timeline
        assertThat(typen).containsSubsequence("TriageAfgerond", "TerugkoppelingVerstuurd");
        JsonNode eerste = get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/tijdlijn").get("gebeurtenissen").get(0);
        assertThat(eerste.get("bron").asString()).isEqualTo("melding-service");
        assertThat(eerste.get("samenvatting").asString()).isNotBlank();
        assertThat(eerste.get("tijdstip").asString()).isNotBlank();
        assertThat(eerste.at("/actor/rol").asString()).isEqualTo("MELDER_POLITIE");
        // R7: no VT monitoring after a handover after triage
        assertThat(get(Dienst.MONITORING, "/api/v1/monitoringen?gezinId=" + gezinId).get("monitoringen")).isEmpty();
        return gezinId;
    }

    @Test
    void everyServiceIsHealthyAndPublishesItsOpenApiDocument() throws Exception {
        for (Dienst dienst : Dienst.values()) {
            assertThat(get(dienst, "/actuator/health").get("status").asString()).isEqualTo("UP");
            JsonNode openApi = get(dienst, "/api/v1/openapi.json");
            assertThat(openApi.get("openapi").asString()).startsWith("3.");
            assertThat(openApi.get("paths").propertyNames()).allMatch(pad -> pad.startsWith("/api/v1/"));
            // every endpoint described with a summary and examples for its parameters and request fields
            assertThat(OpenApiVoorbeelden.ontbrekend(openApi)).as(dienst.name()).isEmpty();
        }
    }

    @Test
    void overdrachtNaOnderzoek() throws Exception {
        gezinOvergedragenNaOnderzoek();
    }

    /** R4, R5, R8, R14: an onderzoek from the waiting list to its handover, and VT monitoring; the gezin's id. */
    private String gezinOvergedragenNaOnderzoek() throws Exception {
        JsonNode melding = post(Dienst.MELDING, "/api/v1/meldingen", KetenEndToEndTestData.MELDING);
        String meldingId = melding.get("meldingId").asString();
        String onderzoekGezin = melding.get("gezinId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);

        String onderzoekId = post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "B. Bakker", "telefoon": "010-7654321"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Zorgen over de veiligheid van de kinderen"}""").get("onderzoekId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/onderzoeken/" + onderzoekId);
        // R5: waiting for an onderzoek until an onderzoeker starts it; R4: the 10 weeks run from the start
        post(Dienst.TRIAGE, "/api/v1/onderzoeken/" + onderzoekId + "/start",
                "{\"onderzoeker\": {\"naam\": \"M. Jansen\", \"telefoon\": \"010-7654321\"}}");
        post(Dienst.TRIAGE, "/api/v1/onderzoeken/" + onderzoekId + "/afronding", """
                {"onderzoeksvraag": "Is het kind veilig?", "onderzoeksresultaten": "Risico's bij beide ouders",
                 "doelenVanOndersteuning": ["Veilige thuissituatie"], "hulpverleningsadvies": "Gezinsbehandeling",
                 "voorstelCasusregisseur": "Wijkteam Holy", "veiligheidsafspraken": "Dagelijks contact met school"}""");
        post(Dienst.TRIAGE, "/api/v1/onderzoeken/" + onderzoekId + "/overdrachtsgesprek",
                "{\"deelnemers\": [\"Veilig Thuis\", \"Wijkteam Holy\"], \"wijkteam\": \"Holy\", "
                        + "\"toestemming\": {\"gegeven\": true}}");

        // R8, R14: the handover after onderzoek opens a zaak and starts VT monitoring with a 3-month term
        await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + onderzoekGezin).size() == 1);
        JsonNode monitoring = await().atMost(KETEN)
                .until(() -> get(Dienst.MONITORING, "/api/v1/monitoringen?gezinId=" + onderzoekGezin).get("monitoringen"),
                        m -> m.size() == 1)
                .get(0);
        assertThat(monitoring.get("status").asString()).isEqualTo("LOPEND");
        assertThat(tijdlijn(onderzoekGezin)).containsSubsequence("MeldingOntvangen", "TriageAfgerond",
                "OnderzoekGestart", "OnderzoekAfgerond", "OverdrachtGedaan");
        return onderzoekGezin;
    }

    @Test
    void monitoringWithoutContactExpires() throws Exception {
        gezinMetVerlopenMonitoring();
    }

    /** R14: no first contact within 3 months is MonitoringVerlopen, never silently dropped; the gezin's id. */
    private String gezinMetVerlopenMonitoring() throws Exception {
        String onderzoekGezin = gezinOvergedragenNaOnderzoek();
        for (Dienst dienst : Dienst.values()) {
            systeem.klok(dienst).verschuif(Duration.ofDays(93));
        }
        List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(onderzoekGezin),
                t -> t.contains("MonitoringVerlopen"));
        assertThat(typen).containsSubsequence("OverdrachtGedaan", "MonitoringGestart", "MonitoringVerlopen");
        return onderzoekGezin;
    }

    @Test
    void deMelderHoortWieHijBijVeiligThuisKanBellen() throws Exception {
        // issue 14 point 5 (003: "welk poppetje erop zit"): melding-service asks triage-service, by its scope only,
        // whom the police melder can call; the name is in the delivered letter, never on a topic
        JsonNode melding = post(Dienst.MELDING, "/api/v1/meldingen", KetenEndToEndTestData.MELDING);
        String meldingId = melding.get("meldingId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
        post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach",
                 "toestemming": {"gegeven": true}}""");
        JsonNode brief = await().atMost(KETEN).until(() -> brievenbus.voor(meldingId), b -> b != null);
        assertThat(brief.get("tekst").asString()).contains("Uw contactpersoon bij Veilig Thuis Rotterdam Rijnmond: "
                + "A. de Vries, telefoon 010-1234567.");
        assertThat(brief.at("/contactpersoon/telefoon").asString()).isEqualTo("010-1234567");
    }

    @Test
    void eenTeruggemeldeZaakKomtTerugBijVeiligThuis() throws Exception {
        // R9: the wijkteam returns the zaak; VT holds zicht op veiligheid again, the case is back on its worklist
        JsonNode melding = post(Dienst.MELDING, "/api/v1/meldingen", KetenEndToEndTestData.MELDING);
        String meldingId = melding.get("meldingId").asString();
        String gezinId = melding.get("gezinId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
        post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach",
                 "toestemming": {"gegeven": true}}""");
        String zaakId = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId),
                zaken -> zaken.size() == 1).get(0).get("zaakId").asString();
        post(Dienst.WIJKTEAM, "/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"J. Smit\"}}");
        String zicht = "/api/v1/gezinnen/" + gezinId + "/zicht-op-veiligheid";
        await().atMost(KETEN).until(() -> "WIJKTEAM".equals(get(Dienst.TRIAGE, zicht).get("houder").asString()));
        LocalDate eersteTermijn = LocalDate.parse(get(Dienst.TRIAGE, "/api/v1/triages/" + meldingId)
                .get("uiterlijkAfgerondOp").asString());
        // the wijkteam returns it ten days later: long after the melding's first term (R1)
        for (Dienst dienst : Dienst.values()) {
            systeem.klok(dienst).verschuif(Duration.ofDays(10));
        }

        post(Dienst.WIJKTEAM, "/api/v1/zaken/" + zaakId + "/terugmelding", """
                {"reden": "ONVOLDOENDE_MIDDELEN", "toelichting": "Geen passend aanbod voor deze problematiek",
                 "medewerker": {"naam": "J. Smit"}}""");
        await().atMost(KETEN).until(() ->
                "TERUGGEMELD".equals(get(Dienst.TRIAGE, "/api/v1/triages/" + meldingId).get("status").asString()));
        // the zicht view is a projection of its own event, so it may follow the triage status a moment later
        JsonNode terug = await().atMost(KETEN).until(() -> get(Dienst.TRIAGE, zicht),
                view -> "VEILIG_THUIS".equals(view.get("houder").asString())
                        && view.get("terugmeldingen").asInt() == 1);
        assertThat(terug.get("grond").asString()).isEqualTo("ZAAK_TERUGGEMELD");
        assertThat(terug.get("terugmeldingen").asInt()).isEqualTo(1);
        List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(gezinId),
                t -> t.contains("ZaakTeruggemeld") && t.lastIndexOf("ZichtOpVeiligheidBijVeiligThuis")
                        > t.indexOf("ZaakTeruggemeld"));
        assertThat(typen).containsSubsequence("OverdrachtGedaan", "OverdrachtGeaccepteerd", "ZaakTeruggemeld",
                "ZichtOpVeiligheidBijVeiligThuis");

        // issue 14 point 2: the new decision has a fresh term from the return, and taken now it is on time, in
        // triage-service and in the inspection alike
        JsonNode teruggemeld = get(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
        assertThat(LocalDate.parse(teruggemeld.get("uiterlijkAfgerondOp").asString())).isAfter(eersteTermijn);
        assertThat(teruggemeld.get("termijnOverschreden").asBoolean()).isFalse();
        post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "Gezin vond zelf hulp via de huisarts"}""");
        await().atMost(KETEN).until(() -> tijdlijn(gezinId),
                t -> t.stream().filter("TriageAfgerond"::equals).count() == 2);
        assertThat(uitkomsten(get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toetsing"), "VOLDAAN"))
                .contains("TRIAGE_BINNEN_5_WERKDAGEN");
    }

    @Test
    void eenGezinHeeftEenTijdlijnOverAlleMeldingen() throws Exception {
        // issue 3 point 3: a known BSN joins the gezin, a repeat is marked, a possible duplicate is offered and,
        // once confirmed, its melding joins the gezin's one timeline
        String metBsn = gezinMet("\"bsn\": \"111222333\", ");
        JsonNode eerste = post(Dienst.MELDING, "/api/v1/meldingen", metBsn);
        String gezinId = eerste.get("gezinId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + eerste.get("meldingId").asString());

        JsonNode tweede = post(Dienst.MELDING, "/api/v1/meldingen", metBsn);
        assertThat(tweede.get("gezinId").asString()).isEqualTo(gezinId);
        JsonNode herhaling = awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + tweede.get("meldingId").asString());
        assertThat(herhaling.get("herhaalmelding").asBoolean()).isTrue();

        JsonNode derde = post(Dienst.MELDING, "/api/v1/meldingen", gezinMet(""));
        String derdeMelding = derde.get("meldingId").asString();
        assertThat(derde.get("gezinId").asString()).isNotEqualTo(gezinId);
        assertThat(derde.at("/mogelijkeDuplicaten/0/gezinId").asString()).isEqualTo(gezinId);
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + derdeMelding);
        post(Dienst.MELDING, "/api/v1/meldingen/" + derdeMelding + "/gezinskoppeling",
                "{\"gezinId\": \"" + gezinId + "\"}");

        List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(gezinId),
                t -> t.stream().filter("MeldingOntvangen"::equals).count() == 3
                        && t.contains("MeldingAanGezinGekoppeld"));
        assertThat(typen).containsSubsequence("MeldingOntvangen", "MeldingOntvangen", "MeldingOntvangen",
                "MeldingAanGezinGekoppeld");
        await().atMost(KETEN).until(() -> gezinId.equals(
                get(Dienst.TRIAGE, "/api/v1/triages/" + derdeMelding).get("gezinId").asString()));
    }

    @Test
    void veiligThuisEnDeInspectieGevenHetzelfdeAntwoordOpWieZichtOpVeiligheidHeeft() throws Exception {
        // issue 14 point 3 (R2): melding B is in onderzoek at VT while melding A of the same gezin is handed over and
        // accepted by the wijkteam; triage-service and the inspection's toestand give one answer, at every moment
        // a person of their own: the other scenarios' Fatima El Amrani would make this gezin a possible duplicate there
        String metBsn = gezinMet("\"bsn\": \"628194821\", ").replace("Fatima", "Sanne").replace("El Amrani", "Visser");
        JsonNode a = post(Dienst.MELDING, "/api/v1/meldingen", metBsn);
        String gezinId = a.get("gezinId").asString();
        JsonNode b = post(Dienst.MELDING, "/api/v1/meldingen", metBsn);
        assertThat(b.get("gezinId").asString()).isEqualTo(gezinId);
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + a.get("meldingId").asString());
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + b.get("meldingId").asString());

        post(Dienst.TRIAGE, "/api/v1/triages/" + b.get("meldingId").asString() + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "B. Bakker", "telefoon": "010-7654321"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Zorgen over de veiligheid van de kinderen"}""");
        zelfdeAntwoord(gezinId, "VEILIG_THUIS");

        post(Dienst.TRIAGE, "/api/v1/triages/" + a.get("meldingId").asString() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach",
                 "toestemming": {"gegeven": true}}""");
        String zaakId = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId),
                zaken -> zaken.size() == 1).get(0).get("zaakId").asString();
        post(Dienst.WIJKTEAM, "/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"J. Smit\"}}");
        await().atMost(KETEN).until(() -> tijdlijn(gezinId), t -> t.contains("OverdrachtGeaccepteerd"));
        // the wijkteam's acceptance of A does not take VT's responsibility for B away, in either service
        zelfdeAntwoord(gezinId, "VEILIG_THUIS");
    }

    /** triage-service's view and monitoring-service's toestand name the same holder, since the same moment. */
    private void zelfdeAntwoord(String gezinId, String houder) {
        JsonNode vt = await().atMost(KETEN).until(
                () -> get(Dienst.TRIAGE, "/api/v1/gezinnen/" + gezinId + "/zicht-op-veiligheid"),
                view -> houder.equals(view.get("houder").asString()));
        JsonNode inspectie = await().atMost(KETEN).until(
                () -> get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toestand"),
                toestand -> houder.equals(toestand.at("/zichtOpVeiligheid/houder").asString()));
        // the same moment, to the microsecond triage-service's database rounds it to
        assertThat(Instant.parse(inspectie.at("/zichtOpVeiligheid/sinds").asString()))
                .isCloseTo(Instant.parse(vt.get("sinds").asString()), within(1, ChronoUnit.MICROS));
    }

    @Test
    void eenGezinVerhuistEnDeZaakGaatWarmOverNaarHetWijkteamVanDeNieuweGemeente() throws Exception {
        // issue 14 point 10 (003 §5: verhuizingen; R10, R2): the zaak of Vlaardingen moves with its gezin to Schiedam;
        // regie and zicht op veiligheid pass at the acceptance, explicitly, and the inspector reads it on the timeline
        Geaccepteerd geaccepteerd = geaccepteerdNaTriage(KetenEndToEndTestData.MELDING,
                "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}");
        String gezinId = geaccepteerd.gezinId();
        String zaak = "/api/v1/zaken/" + geaccepteerd.zaakId();
        LocalDate vandaag = LocalDate.ofInstant(systeem.klok(Dienst.WIJKTEAM).instant(), ZoneId.of("Europe/Amsterdam"));
        await().atMost(KETEN).until(() -> tijdlijn(gezinId), t -> t.contains("RegisseurToegewezen"));
        String verhuizingId = post(Dienst.WIJKTEAM, zaak + "/verhuizing", """
                {"naarGemeente": "Schiedam", "verhuisdOp": "%s", "toestemming": "GEGEVEN",
                 "medewerker": {"naam": "Fatima el Amrani"}}""".formatted(vandaag)).get("verhuizingId").asString();
        // until Schiedam takes it over, the inspector sees Vlaardingen's wijkteam hold zicht
        await().atMost(KETEN).until(() -> tijdlijn(gezinId), t -> t.contains("VerhuizingAangemeld"));
        assertThat(get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toestand")
                .at("/zichtOpVeiligheid/organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");

        String schiedam = DevToken.voor("Wijkteam Schiedam", "WIJKTEAMMEDEWERKER", "e2e-wt-schiedam");
        var overgenomen = http.send(Testtokens.verzoek(uri(Dienst.WIJKTEAM, "/api/v1/verhuizingen/" + verhuizingId
                        + "/acceptatie"), schiedam).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"team": "Centrum", "warmeOverdrachtOp": "%s",
                         "regisseur": {"naam": "Anouk Bakker", "telefoon": "010-5556677",
                                       "organisatie": "Wijkteam Schiedam"},
                         "medewerker": {"naam": "Anouk Bakker"}}""".formatted(vandaag))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(overgenomen.statusCode()).as(overgenomen.body()).isEqualTo(200);

        List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(gezinId), t -> t.contains("ZaakVerhuisd"));
        assertThat(typen).containsSubsequence("OverdrachtGeaccepteerd", "RegisseurToegewezen", "VerhuizingAangemeld",
                "ZaakVerhuisd", "RegisseurToegewezen");
        JsonNode toestand = await().atMost(KETEN).until(
                () -> get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toestand"),
                t -> "ZAAK_VERHUISD".equals(t.at("/zichtOpVeiligheid/grond").asString()));
        assertThat(toestand.at("/zichtOpVeiligheid/organisatie").asString()).isEqualTo("Wijkteam Schiedam");
        assertThat(toestand.at("/regie/0/gemeente").asString()).isEqualTo("Schiedam");
        assertThat(toestand.at("/regie/0/casusregisseur").asString()).isEqualTo("Wijkteam Schiedam");
        assertThat(uitkomsten(get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toetsing"), "VOLDAAN"))
                .contains("VERHUIZING_WARM_OVERGEDRAGEN", "EEN_CASUSREGISSEUR");
        // R2: Veilig Thuis still sees the wijkteam hold zicht on its melding
        assertThat(get(Dienst.TRIAGE, "/api/v1/gezinnen/" + gezinId + "/zicht-op-veiligheid").get("houder")
                .asString()).isEqualTo("WIJKTEAM");
        // the zaak is Schiedam's now: Vlaardingen's wijkteam no longer reads it
        var bijVlaardingen = http.send(Testtokens.verzoek(uri(Dienst.WIJKTEAM, zaak), Testtokens.wijkteammedewerker())
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(bijVlaardingen.statusCode()).isEqualTo(404);
    }

    @Test
    void eenTweedeOverdrachtVoorHetGezinKomtBijDeLopendeZaak() throws Exception {
        // issue 14 point 4 (R10, 1 Gezin 1 Plan 1 Regisseur): two meldingen about one gezin, both handed over; the
        // second joins the zaak of the first instead of opening a second zaak with its own regisseur
        // a person of their own: the other scenarios' Fatima El Amrani would make this gezin a possible duplicate there
        String metBsn = gezinMet("\"bsn\": \"123456782\", ").replace("Fatima", "Noor").replace("El Amrani", "Bakker");
        JsonNode eerste = post(Dienst.MELDING, "/api/v1/meldingen", metBsn);
        String gezinId = eerste.get("gezinId").asString();
        JsonNode tweede = post(Dienst.MELDING, "/api/v1/meldingen", metBsn);
        assertThat(tweede.get("gezinId").asString()).isEqualTo(gezinId);
        String eersteMelding = eerste.get("meldingId").asString();
        String tweedeMelding = tweede.get("meldingId").asString();
        String besluit = """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach",
                 "toestemming": {"gegeven": true}}""";
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + eersteMelding);
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + tweedeMelding);
        post(Dienst.TRIAGE, "/api/v1/triages/" + eersteMelding + "/besluit", besluit);
        String zaakId = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId),
                zaken -> zaken.size() == 1).get(0).get("zaakId").asString();
        String zaak = "/api/v1/zaken/" + zaakId;
        post(Dienst.WIJKTEAM, zaak + "/acceptatie", """
                {"team": "Westwijk", "medewerker": {"naam": "Fatima el Amrani"},
                 "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678", "organisatie": "Minters"}}""");

        post(Dienst.TRIAGE, "/api/v1/triages/" + tweedeMelding + "/besluit", besluit);
        JsonNode gevoegd = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, zaak),
                z -> z.get("gevoegdeOverdrachten").size() == 1).get("gevoegdeOverdrachten").get(0);
        assertThat(gevoegd.get("meldingId").asString()).isEqualTo(tweedeMelding);
        assertThat(gevoegd.get("status").asString()).isEqualTo("WACHT_OP_ACCEPTATIE");
        assertThat(get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId)).hasSize(1);
        // the regisseur takes it in: Veilig Thuis hands over zicht op veiligheid on the second melding too
        post(Dienst.WIJKTEAM, zaak + "/overdrachten/" + gevoegd.get("overdrachtId").asString() + "/acceptatie",
                "{\"medewerker\": {\"naam\": \"Fatima el Amrani\"}}");
        await().atMost(KETEN).until(() -> "WIJKTEAM".equals(
                get(Dienst.TRIAGE, "/api/v1/triages/" + tweedeMelding).get("zichtOpVeiligheidBij").asString()));
        List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(gezinId),
                t -> t.stream().filter("OverdrachtGeaccepteerd"::equals).count() == 2);
        assertThat(typen).containsSubsequence("ZaakGeopend", "OverdrachtGeaccepteerd", "RegisseurToegewezen",
                "OverdrachtBijZaakGevoegd", "OverdrachtGeaccepteerd");
        // the inspection sees one zaak with one regisseur
        JsonNode toestand = get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toestand");
        assertThat(toestand.get("regie")).hasSize(1);
        assertThat(uitkomsten(get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toetsing"), "VOLDAAN"))
                .contains("EEN_CASUSREGISSEUR");

        // R9: the zaak goes back to Veilig Thuis, and both meldingen come back with it
        post(Dienst.WIJKTEAM, zaak + "/terugmelding", """
                {"reden": "OVERSTIJGENDE_PROBLEMATIEK", "toelichting": "De problemen zijn te zwaar voor het wijkteam",
                 "medewerker": {"naam": "Fatima el Amrani"}}""");
        for (String meldingId : List.of(eersteMelding, tweedeMelding)) {
            await().atMost(KETEN).until(() ->
                    "TERUGGEMELD".equals(get(Dienst.TRIAGE, "/api/v1/triages/" + meldingId).get("status").asString()));
        }
        await().atMost(KETEN).until(() -> "VEILIG_THUIS".equals(get(Dienst.TRIAGE,
                "/api/v1/gezinnen/" + gezinId + "/zicht-op-veiligheid").get("houder").asString()));
        JsonNode terugmeldingen = await().atMost(KETEN).until(
                () -> get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toetsing"),
                t -> t.toString().contains("TERUGMELDINGEN") && t.toString().contains("1 terugmelding"));
        assertThat(terugmeldingen.toString()).doesNotContain("2 terugmeldingen");
    }

    @Test
    void eenGezinEenPlanEenRegisseurTotDeZaakVeiligWordtAfgesloten() throws Exception {
        veiligAfgeslotenGezin();
    }

    /** Issue 4: the wijkteam's whole way with a gezin, every step an event on its one timeline; the gezin's id. */
    private String veiligAfgeslotenGezin() throws Exception {
        String fatima = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
        String teamleider = "{\"naam\": \"Ria Vermeulen\"}";
        Geaccepteerd geaccepteerd = geaccepteerdNaTriage(KetenEndToEndTestData.MELDING, fatima);
        String gezinId = geaccepteerd.gezinId();
        String zaakId = geaccepteerd.zaakId();
        String zaak = "/api/v1/zaken/" + zaakId;

        // R11 intake: the members Veilig Thuis named (issue 14 point 1) registered and spoken with, the child's safety
        // judged with a named instrument, ZRM at the start
        JsonNode genoemd = genoemdDoorVeiligThuis(zaak, 2);
        String moeder = registreer(zaak, "OUDER", persoon(genoemd, "OUDER", 0), fatima);
        String kind = registreer(zaak, "KIND", persoon(genoemd, "KIND", 0), fatima);
        for (String lid : List.of(moeder, kind)) {
            post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + lid + "/gesprekken", """
                    {"gesproken": true, "gevoerdOp": "2026-01-15", "medewerker": %s}""".formatted(fatima));
        }
        // issue 14 point 9: the assessment names the adults it covers; point 6: the home visit is in the contact log
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("ONVEILIG",
                fatima, moeder));
        post(Dienst.WIJKTEAM, zaak + "/contacten", """
                {"soort": "HUISBEZOEK", "op": "%s", "gezien": ["%s", "%s"], "beeld": "ZORGEN_ONVERANDERD",
                 "bevinding": "Moeder en kind thuis; vader niet aanwezig", "medewerker": %s}""".formatted(
                LocalDate.ofInstant(systeem.klok(Dienst.WIJKTEAM).instant(), ZoneId.of("Europe/Amsterdam")), moeder,
                kind, fatima));
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + moeder + "/zrm", zrm("START", fatima));
        // the worklist shows what is missing: an unsafe child without veiligheidsplan, no ondersteuningsplan
        JsonNode werkvoorraad = await().atMost(KETEN).until(
                () -> zaakIn(get(Dienst.WIJKTEAM, "/api/v1/werkvoorraad?gemeente=Vlaardingen&team=Westwijk"), zaakId),
                rij -> rij != null && rij.get("signalen").toString().contains("ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN"));
        assertThat(werkvoorraad.get("signalen").toString()).contains("GEEN_ONDERSTEUNINGSPLAN");
        assertThat(werkvoorraad.get("volgendeTermijn").get("soort").asString()).isEqualTo("PROCESBESPREKING");

        // R13 veiligheidsplan, reviewed; R12 ondersteuningsplan made with the family, reviewed
        Instant eindigtOp = systeem.klok(Dienst.WIJKTEAM).instant().plus(Duration.ofDays(60));
        post(Dienst.WIJKTEAM, zaak + "/veiligheidsplan", """
                {"ernst": "HOOG",
                 "afspraken": [{"omschrijving": "Vader verblijft tot de evaluatie niet in de woning",
                                "verantwoordelijke": "Vader", "rapporteertAan": "Casusregisseur",
                                "rapportagemoment": "Elke maandag telefonisch"}],
                 "maatregelenBijOnveiligheid": "Bij een nieuw incident meldt school direct bij Veilig Thuis",
                 "startsituatie": [{"lidId": "%s", "oordeel": "ONVEILIG", "toelichting": "Getuige van geweld"}],
                 "eindigtOp": "%s", "medewerker": %s}""".formatted(kind, eindigtOp, fatima));
        post(Dienst.WIJKTEAM, zaak + "/veiligheidsplan/beoordeling",
                "{\"versie\": 1, \"besluit\": \"GOEDGEKEURD\", \"teamleider\": " + teamleider + "}");
        // issue 14 point 13 (001 Bijlage 1): the gezin was offered a familiegroepsplan and declined
        post(Dienst.WIJKTEAM, zaak + "/ondersteuningsplan/familiegroepsplan-aanbod", """
                {"aangebodenOp": "%s", "antwoord": "GEZIN_ZIET_AF", "medewerker": %s}""".formatted(
                LocalDate.ofInstant(systeem.klok(Dienst.WIJKTEAM).instant(), ZoneId.of("Europe/Amsterdam")), fatima));
        post(Dienst.WIJKTEAM, zaak + "/ondersteuningsplan", """
                {"perspectief": "Het gezin woont veilig samen en de ouders lossen ruzies op zonder geweld",
                 "doelen": [{"prioriteit": 1, "omschrijving": "De ouders maken ruzie zonder geweld",
                             "beoogdResultaat": "Over drie maanden geen politiemelding meer"}],
                 "acties": [{"partij": "GEZIN", "omschrijving": "Samen een training volgen", "doelPrioriteit": 1}],
                 "opgesteldMet": "MET_GEZIN", "medewerker": %s}""".formatted(fatima));
        post(Dienst.WIJKTEAM, zaak + "/ondersteuningsplan/beoordeling",
                "{\"versie\": 1, \"besluit\": \"GOEDGEKEURD\", \"teamleider\": " + teamleider + "}");

        // R16: not closed while the child is unsafe
        var teVroeg = http.send(Testtokens.verzoek(uri(Dienst.WIJKTEAM, zaak + "/afsluiting"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(afsluiting(fatima))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(teVroeg.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(teVroeg.body()).get("regel").asString()).isEqualTo("R16");

        // the evaluation compares start and now; safety restored, the plan ends, the ZRM at the end, then closing
        post(Dienst.WIJKTEAM, zaak + "/veiligheidsplan/evaluaties", """
                {"huidigeSituatie": [{"lidId": "%s", "oordeel": "VEILIG", "toelichting": "Geen incidenten meer"}],
                 "afsprakenNagekomen": true, "medewerker": %s}""".formatted(kind, fatima));
        post(Dienst.WIJKTEAM, zaak + "/veiligheidsplan/beeindiging", """
                {"reden": "VEILIGHEID_HERSTELD", "toelichting": "Alle kinderen veilig bij de evaluatie",
                 "medewerker": %s}""".formatted(fatima));
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + moeder + "/zrm", zrm("EIND", fatima));
        post(Dienst.WIJKTEAM, zaak + "/afsluiting", afsluiting(fatima));
        post(Dienst.WIJKTEAM, zaak + "/afsluiting/beoordeling",
                "{\"besluit\": \"GOEDGEKEURD\", \"teamleider\": " + teamleider + "}");
        await().atMost(KETEN).until(() -> "AFGESLOTEN".equals(get(Dienst.WIJKTEAM, zaak).get("status").asString()));
        // R2: VT's view of who holds zicht op veiligheid follows: nobody, because the zaak was closed safely
        JsonNode zicht = await().atMost(KETEN).until(
                () -> get(Dienst.TRIAGE, "/api/v1/gezinnen/" + gezinId + "/zicht-op-veiligheid"),
                view -> view.get("houder").isNull());
        JsonNode laatste = zicht.get("geschiedenis").get(zicht.get("geschiedenis").size() - 1);
        assertThat(laatste.get("houder").asString()).isEqualTo("NIEMAND");
        assertThat(laatste.get("grond").asString()).isEqualTo("ZAAK_VEILIG_AFGESLOTEN");

        List<String> typen = await().atMost(KETEN).until(() -> tijdlijn(gezinId), t -> t.contains("ZaakAfgesloten"));
        assertThat(typen).containsSubsequence("OverdrachtGeaccepteerd", "RegisseurToegewezen",
                "GezinslidGeregistreerd", "GesprekVastgelegd", "VeiligheidsinschattingVastgelegd", "ZrmVastgelegd",
                "VeiligheidsplanOpgesteld", "VeiligheidsplanBeoordeeld", "FamiliegroepsplanAangeboden",
                "OndersteuningsplanOpgesteld",
                "OndersteuningsplanBeoordeeld", "VeiligheidsplanGeevalueerd", "VeiligheidsplanBeeindigd",
                "ZrmVastgelegd", "AfsluitingVoorgesteld", "AfsluitingBeoordeeld", "ZaakAfgesloten");
        return gezinId;
    }

    @Test
    void geenKindDatVeiligThuisNoemdeWordtVergetenBijHetAfsluitenOfInDeInspectie() throws Exception {
        // issue 14 point 1 (R11, R16; 001 §3.3.2: "afgesloten ... zonder dat met de kinderen is gesproken"): the melding
        // names a mother and two children; the team registers the mother and the older child only
        String fatima = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
        Geaccepteerd geaccepteerd = geaccepteerdNaTriage(KetenEndToEndTestData.MELDING_MOEDER_TWEE_KINDEREN, fatima);
        String gezinId = geaccepteerd.gezinId();
        String zaak = "/api/v1/zaken/" + geaccepteerd.zaakId();

        // known to the zaak from the start: the three persons of the melding, pseudonymous, none registered yet
        JsonNode genoemd = genoemdDoorVeiligThuis(zaak, 3);
        genoemd.forEach(persoon -> assertThat(persoon.get("lidId").isNull()).isTrue());
        String oudste = persoon(genoemd, "KIND", 0);
        String jongste = persoon(genoemd, "KIND", 1);
        String moeder = registreer(zaak, "OUDER", persoon(genoemd, "OUDER", 0), fatima);
        String kind = registreer(zaak, "KIND", oudste, fatima);
        for (String lid : List.of(moeder, kind)) {
            post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + lid + "/gesprekken", """
                    {"gesproken": true, "gevoerdOp": "2026-01-15", "medewerker": %s}""".formatted(fatima));
        }
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("VEILIG",
                fatima));
        String geenHulpvraag = """
                {"uitkomst": "GEEN_HULPVRAAG", "onderbouwing": "Moeder wil geen hulp", "informeren": [],
                 "medewerker": %s}""".formatted(fatima);

        // the closing is refused, naming the child nobody registered, and nothing is proposed
        var geweigerd = http.send(Testtokens.verzoek(uri(Dienst.WIJKTEAM, zaak + "/afsluiting"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(geenHulpvraag)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(geweigerd.statusCode()).isEqualTo(409);
        assertThat(geweigerd.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode probleem = JSON.readTree(geweigerd.body());
        assertThat(probleem.get("regel").asString()).isEqualTo("R16");
        assertThat(probleem.get("detail").asString()).contains(jongste).doesNotContain(oudste);
        assertThat(get(Dienst.WIJKTEAM, zaak).get("status").asString()).isEqualTo("IN_BEHANDELING");

        // the inspection judges the same way: the younger child was neither spoken with nor judged
        JsonNode open = await().atMost(KETEN).until(
                () -> get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toetsing"),
                t -> t.toString().contains("VeiligheidsinschattingVastgelegd"));
        assertThat(uitkomsten(open, "NIET_VOLDAAN")).contains("ELK_KIND_GESPROKEN", "VEILIGHEID_ELK_KIND_BEOORDEELD");
        assertThat(toelichting(open, "ELK_KIND_GESPROKEN")).contains(jongste);
        assertThat(toelichting(open, "VEILIGHEID_ELK_KIND_BEOORDEELD")).contains(jongste);

        // the team registers the younger child, records why it did not speak with her, judges her safe: closed
        String jongsteLid = registreer(zaak, "KIND", jongste, fatima);
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + jongsteLid + "/gesprekken", """
                {"gesproken": false, "gevoerdOp": "2026-01-15", "redenNietGesproken": "TE_JONG",
                 "medewerker": %s}""".formatted(fatima));
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + jongsteLid + "/veiligheidsinschattingen",
                inschatting("VEILIG", fatima));
        assertThat(genoemdDoorVeiligThuis(zaak, 3).findValuesAsString("lidId"))
                .containsExactlyInAnyOrder(moeder, kind, jongsteLid);
        post(Dienst.WIJKTEAM, zaak + "/afsluiting", geenHulpvraag);
        post(Dienst.WIJKTEAM, zaak + "/afsluiting/beoordeling",
                "{\"besluit\": \"GOEDGEKEURD\", \"teamleider\": {\"naam\": \"Ria Vermeulen\"}}");
        await().atMost(KETEN).until(() -> "AFGESLOTEN".equals(get(Dienst.WIJKTEAM, zaak).get("status").asString()));
        JsonNode gesloten = await().atMost(KETEN).until(
                () -> get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toetsing"),
                t -> t.toString().contains("ZaakAfgesloten"));
        assertThat(uitkomsten(gesloten, "VOLDAAN")).contains("ELK_KIND_GESPROKEN", "VEILIGHEID_ELK_KIND_BEOORDEELD",
                "GEEN_AFSLUITING_MET_ONVEILIG_KIND");
        assertThat(toelichting(gesloten, "ELK_KIND_GESPROKEN")).contains(jongsteLid + " niet gesproken: TE_JONG");
    }

    /**
     * A melding handed over after triage, with consent, and accepted by team Westwijk with this medewerker as
     * casusregisseur.
     */
    private Geaccepteerd geaccepteerdNaTriage(String meldingJson, String medewerker) throws Exception {
        JsonNode melding = post(Dienst.MELDING, "/api/v1/meldingen", meldingJson);
        String meldingId = melding.get("meldingId").asString();
        String gezinId = melding.get("gezinId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
        post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach",
                 "toestemming": {"gegeven": true}}""");
        String zaakId = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId),
                zaken -> zaken.size() == 1).get(0).get("zaakId").asString();
        post(Dienst.WIJKTEAM, "/api/v1/zaken/" + zaakId + "/acceptatie", """
                {"team": "Westwijk", "medewerker": %s,
                 "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678", "organisatie": "Minters"}}"""
                .formatted(medewerker));
        return new Geaccepteerd(gezinId, zaakId);
    }

    private record Geaccepteerd(String gezinId, String zaakId) {
    }

    /** Issue 14 point 1: the persons Veilig Thuis named for the zaak, once all {@code aantal} are known. */
    private JsonNode genoemdDoorVeiligThuis(String zaak, int aantal) {
        return await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, zaak + "/intake").get("genoemdDoorVeiligThuis"),
                genoemd -> genoemd.size() == aantal);
    }

    /** The persoonId of the n-th person with this role (ordered by persoonId, as the intake lists them). */
    private static String persoon(JsonNode genoemd, String rol, int n) {
        List<String> personen = new ArrayList<>();
        genoemd.forEach(persoon -> {
            if (rol.equals(persoon.get("rol").asString())) {
                personen.add(persoon.get("persoonId").asString());
            }
        });
        return personen.get(n);
    }

    private String registreer(String zaak, String rol, String persoonId, String medewerker) throws Exception {
        return post(Dienst.WIJKTEAM, zaak + "/gezinsleden", """
                {"rol": "%s", "persoonId": "%s", "medewerker": %s}""".formatted(rol, persoonId, medewerker))
                .get("lidId").asString();
    }

    private static String toelichting(JsonNode toetsing, String criterium) {
        for (JsonNode t : toetsing.get("toetsingen")) {
            if (criterium.equals(t.get("criterium").asString())) {
                return t.get("toelichting").asString();
            }
        }
        throw new AssertionError("geen toetsing " + criterium + " in " + toetsing);
    }

    @Test
    void deInspectieVindtPreciesDeTekortkomingenDieErInZitten() throws Exception {
        // good practice, and one lapse: a monitoring without first contact (R14)
        String onderzoekGezin = gezinMetVerlopenMonitoring();
        String goedGezin = veiligAfgeslotenGezin();
        // bad practice put in: a late triage (R1), a handover on no recorded ground for sharing (R17), a zaak
        // accepted without casusregisseur (R10), a child nobody spoke with (R11), an unsafe child without
        // veiligheidsplan (R13)
        JsonNode melding = post(Dienst.MELDING, "/api/v1/meldingen", KetenEndToEndTestData.MELDING);
        String meldingId = melding.get("meldingId").asString();
        String slechtGezin = melding.get("gezinId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
        for (Dienst dienst : Dienst.values()) {
            systeem.klok(dienst).verschuif(Duration.ofDays(8));
        }
        await().atMost(KETEN).until(() -> tijdlijn(slechtGezin), t -> t.contains("TriagetermijnOverschreden"));
        post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach"}""");
        String zaakId = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + slechtGezin),
                zaken -> zaken.size() == 1).get(0).get("zaakId").asString();
        String zaak = "/api/v1/zaken/" + zaakId;
        String medewerker = "{\"naam\": \"J. Smit\"}";
        post(Dienst.WIJKTEAM, zaak + "/acceptatie", "{\"team\": \"Oostwijk\", \"medewerker\": " + medewerker + "}");
        String kind = registreer(zaak, "KIND", persoon(genoemdDoorVeiligThuis(zaak, 2), "KIND", 0), medewerker);
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + kind + "/veiligheidsinschattingen",
                inschatting("ONVEILIG", medewerker));
        await().atMost(KETEN).until(() -> tijdlijn(slechtGezin), t -> t.contains("VeiligheidsinschattingVastgelegd"));

        // R19: exactly what was put in, for each of the three gezinnen
        Map<String, Set<String>> verwacht = Map.of(
                slechtGezin, Set.of("TRIAGE_BINNEN_5_WERKDAGEN", "DELEN_MET_TOESTEMMING_OF_REDEN", "EEN_CASUSREGISSEUR",
                        "ELK_KIND_GESPROKEN", "VEILIGHEIDSPLAN_TIJDIG_EN_GEEVALUEERD"),
                onderzoekGezin, Set.of("EERSTE_MONITORINGCONTACT_BINNEN_3_MAANDEN"),
                goedGezin, Set.of());
        verwacht.forEach((gezin, tekorten) -> {
            JsonNode toetsing = get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezin + "/toetsing");
            assertThat(uitkomsten(toetsing, "NIET_VOLDAAN")).as(toetsing.toString()).isEqualTo(tekorten);
            assertThat(toetsing.get("nietVoldaan").asInt()).isEqualTo(tekorten.size());
        });
        assertThat(uitkomsten(get(Dienst.MONITORING, "/api/v1/gezinnen/" + goedGezin + "/toetsing"), "VOLDAAN"))
                .containsExactlyInAnyOrder("TRIAGE_BINNEN_5_WERKDAGEN", "DELEN_MET_TOESTEMMING_OF_REDEN",
                        "EEN_CASUSREGISSEUR", "ELK_KIND_GESPROKEN",
                        "VEILIGHEID_ELK_KIND_BEOORDEELD", "INSCHATTING_OVER_ALLE_OUDERS", "VEILIGHEIDSOORDEEL_ACTUEEL",
                        "HULPVRAAG_MET_OUDERS_EN_KINDEREN", "FAMILIEGROEPSPLAN_AANGEBODEN",
                        "VEILIGHEIDSPLAN_TIJDIG_EN_GEEVALUEERD", "CONTACT_BIJ_ONVEILIG_KIND",
                        "GEEN_AFSLUITING_MET_ONVEILIG_KIND", "TERUGMELDINGEN");
        assertThat(uitkomsten(get(Dienst.MONITORING, "/api/v1/gezinnen/" + onderzoekGezin + "/toetsing"), "VOLDAAN"))
                .contains("TRIAGE_BINNEN_5_WERKDAGEN", "ONDERZOEK_BINNEN_10_WEKEN", "OVERDRACHTSGESPREK_NA_ONDERZOEK",
                        "DELEN_MET_TOESTEMMING_OF_REDEN");

        // what the inspector sees of the bad gezin now: the wijkteam holds zicht, but nobody holds the regie
        JsonNode toestand = get(Dienst.MONITORING, "/api/v1/gezinnen/" + slechtGezin + "/toestand");
        assertThat(toestand.at("/zichtOpVeiligheid/houder").asString()).isEqualTo("WIJKTEAM");
        assertThat(toestand.at("/regie/0/status").asString()).isEqualTo("GEACCEPTEERD");
        assertThat(toestand.at("/regie/0/casusregisseur").isNull()).isTrue();
        String csv = http.send(Testtokens.verzoek(uri(Dienst.MONITORING, "/api/v1/toetsingen?gemeente=Vlaardingen"))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv.lines().filter(regel -> regel.startsWith(slechtGezin + ",") && regel.contains(",NIET_VOLDAAN,")))
                .hasSize(verwacht.get(slechtGezin).size());
    }

    @Test
    void eenHerbouwGeeftDezelfdeTijdlijnenEnEenGewijzigdeRijWordtGevonden() throws Exception {
        String gezin = gezinOvergedragenNaTriage();
        // R19: the timeline rebuilt from Kafka is the live one, gezin by gezin
        var gestart = http.send(Testtokens.verzoek(uri(Dienst.MONITORING, "/api/v1/beheer/tijdlijn/herbouw"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gestart.statusCode()).isEqualTo(202);
        String herbouw = "/api/v1/beheer/tijdlijn/herbouw/" + JSON.readTree(gestart.body()).get("herbouwId").asString();
        JsonNode klaar = await().atMost(KETEN).until(() -> get(Dienst.MONITORING, herbouw),
                h -> !"LOPEND".equals(h.get("status").asString()));
        assertThat(klaar.get("status").asString()).isEqualTo("KLAAR");
        assertThat(klaar.at("/vergelijking/verschillend")).isEmpty();
        assertThat(klaar.at("/vergelijking/gelijk").asLong()).isEqualTo(klaar.at("/vergelijking/gezinnen").asLong())
                .isGreaterThanOrEqualTo(1);

        // R19: a fact changed behind the service's back is found by the verification
        String verificatie = "/api/v1/gezinnen/" + gezin + "/tijdlijn/verificatie";
        assertThat(get(Dienst.MONITORING, verificatie).get("intact").asBoolean()).isTrue();
        var infra = TestInfrastructure.get();
        try (var verbinding = DriverManager.getConnection(databases.get(Dienst.MONITORING),
                infra.username(), infra.password());
             var wijziging = verbinding.prepareStatement("UPDATE tijdlijn_gebeurtenis "
                     + "SET feiten = jsonb_set(feiten, '{uitkomst}', '\"AFSLUITEN\"') "
                     + "WHERE gezin_id = ? AND type = 'TriageAfgerond'")) {
            wijziging.setString(1, gezin);
            assertThat(wijziging.executeUpdate()).isEqualTo(1);
        }
        JsonNode gewijzigd = get(Dienst.MONITORING, verificatie);
        assertThat(gewijzigd.get("intact").asBoolean()).isFalse();
        assertThat(gewijzigd.at("/eersteAfwijking/reden").asString()).isEqualTo("HASH_WIJKT_AF");
    }

    @Test
    void eenWissingLaatNergensEenLeesbaarPersoonsgegevenAchter() throws Exception {
        // R21, issue 13 point 6: a family with personal data no other test uses, through melding, triage and wijkteam
        String u = UUID.randomUUID().toString().substring(0, 8);
        Logscan logs = Logscan.luister();
        List<String> persoonsgegevens = List.of("Wisvoornaam" + u, "Wisachternaam" + u, "Omschrijving " + u,
                "Triagist" + u, "Onderbouwing " + u, "Medewerker" + u, "Toelichting " + u);
        JsonNode melding = post(Dienst.MELDING, "/api/v1/meldingen", """
                {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
                 "gezin": {"gemeente": "Vlaardingen", "leden": [{"rol": "KIND", "voornaam": "Wisvoornaam%s",
                           "achternaam": "Wisachternaam%s", "geboortedatum": "2018-06-07"}]},
                 "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                 "omschrijving": "Omschrijving %s"}""".formatted(u, u, u));
        String meldingId = melding.get("meldingId").asString();
        String gezinId = melding.get("gezinId").asString();
        awaitGet(Dienst.TRIAGE, "/api/v1/triages/" + meldingId);
        post(Dienst.TRIAGE, "/api/v1/triages/" + meldingId + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "Triagist%s", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Onderbouwing %s", "advies": "Gezinscoach",
                 "toestemming": {"gegeven": true}}""".formatted(u, u));
        String zaakId = await().atMost(KETEN).until(() -> get(Dienst.WIJKTEAM, "/api/v1/zaken?gezinId=" + gezinId),
                zaken -> zaken.size() == 1).get(0).get("zaakId").asString();
        String zaak = "/api/v1/zaken/" + zaakId;
        String medewerker = "{\"naam\": \"Medewerker" + u + "\"}";
        post(Dienst.WIJKTEAM, zaak + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": " + medewerker + "}");
        String kind = post(Dienst.WIJKTEAM, zaak + "/gezinsleden", "{\"rol\": \"KIND\", \"medewerker\": "
                + medewerker + "}").get("lidId").asString();
        post(Dienst.WIJKTEAM, zaak + "/gezinsleden/" + kind + "/gesprekken", """
                {"gesproken": true, "gevoerdOp": "2026-01-15", "toelichting": "Toelichting %s", "medewerker": %s}"""
                .formatted(u, medewerker));
        await().atMost(KETEN).until(() -> tijdlijn(gezinId), t -> t.contains("GesprekVastgelegd"));
        assertThat(get(Dienst.WIJKTEAM, zaak + "/intake").at("/gezinsleden/0/laatsteGesprek/toelichting").asString())
                .isEqualTo("Toelichting " + u);

        // no database holds them readable, not in an event store, not in a read model, and no topic carries them
        var infra = TestInfrastructure.get();
        Map<Dienst, JdbcTemplate> eigenaars = new EnumMap<>(Dienst.class);
        for (Dienst dienst : Dienst.values()) {
            eigenaars.put(dienst, infra.alsEigenaar(databases.get(dienst)));
            assertThat(Bytescan.database(eigenaars.get(dienst), persoonsgegevens)).as(dienst.name()).isEmpty();
        }
        List<String> alleTopics = new ArrayList<>(KetenTopics.ALLE);
        alleTopics.add(KetenTopics.PRIVACY);
        try (TopicReader topics = TopicReader.of(alleTopics.toArray(String[]::new))) {
            assertThat(Bytescan.records(topics.records(), persoonsgegevens)).isEmpty();
        }

        // R20: who accessed this family, in the whole chain, asked of one service: each of the four has its part
        JsonNode overzicht = get(Dienst.MONITORING, "/api/v1/toegangslog/keten?gezinId=" + gezinId);
        List<String> bereikt = new ArrayList<>();
        overzicht.get("diensten").forEach(deel -> {
            assertThat(deel.get("bereikt").asBoolean()).as(deel.toString()).isTrue();
            bereikt.add(deel.get("dienst").asString());
        });
        assertThat(bereikt).containsExactly("melding-service", "monitoring-service", "triage-service",
                "wijkteam-service");
        Set<String> vastgelegdDoor = new TreeSet<>();
        overzicht.get("toegangen").forEach(toegang -> vastgelegdDoor.add(toegang.get("dienst").asString()));
        assertThat(vastgelegdDoor).containsExactly("melding-service", "monitoring-service", "triage-service",
                "wijkteam-service");

        // one erasure request, at melding-service, erases the gezin in the whole chain (gezin-gewist.v1)
        assertThat(post(Dienst.MELDING, "/api/v1/beheer/wissingen", "{\"gezinId\": \"" + gezinId + "\"}")
                .get("gezinId").asString()).isEqualTo(gezinId);
        for (Dienst dienst : Dienst.values()) {
            await().atMost(KETEN).until(() -> eigenaars.get(dienst).queryForObject("""
                    SELECT count(*) FROM sleutelkluis WHERE houder = ? AND sleutel IS NOT NULL""", Long.class,
                    gezinId) == 0);
        }
        assertThat(get(Dienst.TRIAGE, "/api/v1/triages/" + meldingId).get("onderbouwing").asString())
                .isEqualTo(Ontsleuteling.GEWIST);
        JsonNode gesprek = get(Dienst.WIJKTEAM, zaak + "/intake").at("/gezinsleden/0/laatsteGesprek");
        assertThat(gesprek.get("toelichting").asString()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(gesprek.get("gesproken").asBoolean()).isTrue();
        assertThat(gesprek.at("/medewerker/naam").asString()).isEqualTo(Ontsleuteling.GEWIST);
        for (Dienst dienst : Dienst.values()) {
            assertThat(Bytescan.database(eigenaars.get(dienst), persoonsgegevens)).as(dienst.name()).isEmpty();
        }
        // nor did any service log them, while it did log (the erasures name the gezin by its id)
        logs.close();
        assertThat(logs.vondsten(List.of(gezinId))).containsExactly(gezinId);
        assertThat(logs.vondsten(persoonsgegevens)).isEmpty();
        // the anonymous course of the case stays: the timeline, with the erasure on it, the zaak, the inspection
        assertThat(await().atMost(KETEN).until(() -> tijdlijn(gezinId), t -> t.contains("GezinGewist")))
                .contains("MeldingOntvangen", "TriageAfgerond", "OverdrachtGeaccepteerd", "GesprekVastgelegd");
        assertThat(get(Dienst.WIJKTEAM, zaak).get("status").asString()).isNotBlank();
        assertThat(get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/toetsing").get("toetsingen")).isNotEmpty();
    }

    private static Set<String> uitkomsten(JsonNode toetsing, String uitkomst) {
        Set<String> criteria = new TreeSet<>();
        toetsing.get("toetsingen").forEach(t -> {
            if (uitkomst.equals(t.get("uitkomst").asString())) {
                criteria.add(t.get("criterium").asString());
            }
        });
        return criteria;
    }

    private static JsonNode zaakIn(JsonNode werkvoorraad, String zaakId) {
        for (JsonNode zaak : werkvoorraad.get("zaken")) {
            if (zaak.get("zaakId").asString().equals(zaakId)) {
                return zaak;
            }
        }
        return null;
    }

    private static String inschatting(String oordeel, String medewerker) {
        return """
                {"instrument": "LIRIK", "oordeel": "%s", "onderbouwing": "Gesprek met kind en moeder",
                 "medewerker": %s}""".formatted(oordeel, medewerker);
    }

    /** Issue 14 point 9: an assessment over these adults (lidIds). */
    private static String inschatting(String oordeel, String medewerker, String volwassene) {
        return """
                {"instrument": "LIRIK", "oordeel": "%s", "onderbouwing": "Gesprek met kind en moeder",
                 "medewerker": %s, "volwassenen": ["%s"]}""".formatted(oordeel, medewerker, volwassene);
    }

    private static String zrm(String moment, String medewerker) {
        return """
                {"moment": "%s", "peildatum": "2026-01-15", "medewerker": %s, "scores": {"FINANCIEN": 3,
                 "WERK_EN_OPLEIDING": 3, "TIJDSBESTEDING": 3, "HUISVESTING": 4, "HUISELIJKE_RELATIES": 2,
                 "GEESTELIJKE_GEZONDHEID": 3, "LICHAMELIJKE_GEZONDHEID": 4, "MIDDELENGEBRUIK": 5, "BASALE_ADL": 5,
                 "INSTRUMENTELE_ADL": 4, "SOCIAAL_NETWERK": 2, "MAATSCHAPPELIJKE_PARTICIPATIE": 3, "JUSTITIE": 5}}"""
                .formatted(moment, medewerker);
    }

    private static String afsluiting(String medewerker) {
        return """
                {"uitkomst": "ZELFSTANDIG_VERDER", "onderbouwing": "Kind gesproken; oordeel veilig bij de evaluatie",
                 "informeren": [{"partij": "HUISARTS", "toestemming": true}], "medewerker": %s}"""
                .formatted(medewerker);
    }

    private static String gezinMet(String bsn) {
        return """
                {"melder": {"type": "PROFESSIONAL", "organisatie": "Huisartsenpraktijk Ede", "contact": "030-1112223"},
                 "gezin": {"gemeente": "Vlaardingen",
                           "leden": [{"rol": "OUDER", %s"voornaam": "Fatima", "achternaam": "El Amrani",
                                      "geboortedatum": "1990-02-03"}]},
                 "geweldsvormen": ["VERWAARLOZING"], "kinderenAanwezig": false, "acuutOnveilig": false,
                 "omschrijving": "Zorgen over verwaarlozing"}""".formatted(bsn);
    }

    private List<String> tijdlijn(String gezinId) throws Exception {
        List<String> typen = new ArrayList<>();
        get(Dienst.MONITORING, "/api/v1/gezinnen/" + gezinId + "/tijdlijn").get("gebeurtenissen")
                .forEach(g -> typen.add(g.get("type").asString()));
        return typen;
    }

    private JsonNode awaitGet(Dienst dienst, String pad) {
        await().atMost(KETEN).until(() -> status(dienst, pad) == 200);
        return get(dienst, pad);
    }

    private int status(Dienst dienst, String pad) throws Exception {
        return http.send(Testtokens.verzoek(uri(dienst, pad)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private JsonNode get(Dienst dienst, String pad) {
        try {
            var response = http.send(Testtokens.verzoek(uri(dienst, pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s", pad).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(Dienst dienst, String pad, String body) throws Exception {
        var response = http.send(Testtokens.verzoek(uri(dienst, pad)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", pad, response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private URI uri(Dienst dienst, String pad) {
        return URI.create("http://localhost:" + systeem.poort(dienst) + pad);
    }

    /** A real HTTP endpoint standing in for VT's mail gateway: the letters it received, by meldingId. */
    private static final class Brievenbus {

        private final Map<String, JsonNode> brieven = new ConcurrentHashMap<>();
        private final HttpServer server;

        Brievenbus() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/brieven", uitwisseling -> {
                JsonNode brief = JSON.readTree(uitwisseling.getRequestBody().readAllBytes());
                brieven.put(brief.path("meldingId").asString(""), brief);
                uitwisseling.sendResponseHeaders(202, -1);
                uitwisseling.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/brieven";
        }

        JsonNode voor(String meldingId) {
            return brieven.get(meldingId);
        }

        void stop() {
            server.stop(0);
        }
    }
}
