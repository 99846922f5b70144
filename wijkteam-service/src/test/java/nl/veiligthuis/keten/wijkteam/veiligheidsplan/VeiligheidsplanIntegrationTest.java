package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.wijkteam.WijkteamApi;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The veiligheidsplan over REST against a real PostgreSQL and Kafka: read model, signals and published events. */
class VeiligheidsplanIntegrationTest extends WijkteamIntegratieBasis {

    private static final String OPGESTELD = "nl.veilig-thuis.keten.wijkteam.veiligheidsplan-opgesteld.v1";
    private static final String BEOORDEELD = "nl.veilig-thuis.keten.wijkteam.veiligheidsplan-beoordeeld.v1";
    private static final String GEEVALUEERD = "nl.veilig-thuis.keten.wijkteam.veiligheidsplan-geevalueerd.v1";
    private static final String BEEINDIGD = "nl.veilig-thuis.keten.wijkteam.veiligheidsplan-beeindigd.v1";
    /** A lidId the intake of no zaak registered. */
    private static final String ONBEKEND_KIND = "3f2b8c1e-6d4a-4b7e-9c1f-2a3b4c5d6e7f";
    private static final String AFSPRAAK = "Vader verblijft tot de evaluatie niet in de woning";
    private static final String FATIMA = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String ELS = "{\"naam\": \"Els Bakker\"}";

    @Test
    void r13_aVeiligheidsplanIsDrawnUpReviewedEvaluatedAndEndedOverRest() throws Exception {
        String zaakId = zaakInBehandeling();
        String pad = "/api/v1/zaken/" + zaakId + "/veiligheidsplan";
        assertProblem(api.get(pad), 404);
        Instant eindigtOp = Instant.now().plus(Duration.ofDays(60));

        // R13: the plan concerns the children the intake registered (R11), and no one else
        assertRegel(api.post(pad, plan(eindigtOp, ONBEKEND_KIND)), "R13");
        String kind = registreerKind(zaakId);
        assertRegel(api.post(pad, plan(eindigtOp, kind, ONBEKEND_KIND)), "R13");

        // R13: the lead time is at most three months
        Instant teLaat = Instant.now().atZone(ZoneId.of("Europe/Amsterdam")).plusMonths(3).plusDays(1).toInstant();
        assertRegel(api.post(pad, plan(teLaat, kind)), "R13");

        var opgesteld = api.post(pad, plan(eindigtOp, kind));
        assertThat(opgesteld.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opgesteld.body()).get("versie").asInt()).isEqualTo(1);

        await().atMost(LANG).until(() -> api.get(pad).statusCode() == 200);
        JsonNode overzicht = api.lees(pad);
        assertThat(overzicht.get("status").asString()).isEqualTo("IN_WERKING");
        assertThat(overzicht.get("beoordeling").asString()).isEqualTo("TER_BEOORDELING");
        assertThat(overzicht.get("ernst").asString()).isEqualTo("ACUUT");
        assertThat(overzicht.at("/afspraken/0/verantwoordelijke").asString()).isEqualTo("Vader");
        assertThat(overzicht.at("/startsituatie/0/oordeel").asString()).isEqualTo("ONVEILIG");
        assertThat(Instant.parse(overzicht.get("volgendeEvaluatieOp").asString()))
                .isAfter(Instant.now().plus(Duration.ofDays(6))).isBefore(Instant.now().plus(Duration.ofDays(8)));
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("VEILIGHEIDSPLAN_TER_BEOORDELING"));
        assertThat(actief(zaakId)).isTrue();
        assertThat(jdbc.queryForList("SELECT soort FROM zaak_termijn WHERE zaak_id = ?", String.class, zaakId))
                .contains("VEILIGHEIDSPLAN_EVALUATIE", "VEILIGHEIDSPLAN_EINDE");

        KetenEvent event = CloudEventsKafkaCodec.decode(api.records(OPGESTELD, zaakId, 1).get(0));
        EventContract.assertValid("veiligheidsplan-opgesteld.v1", event.data());
        assertThat(event.dataref().getPath()).isEqualTo(pad);
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("aantalAfspraken").asInt()).isEqualTo(1);
        assertThat(payload.get("aantalKinderen").asInt()).isEqualTo(1);
        // D4: texts and names stay in wijkteam-service
        assertThat(new String(event.data(), StandardCharsets.UTF_8)).doesNotContain("Fatima", AFSPRAAK, "Vader",
                "getuige");

        // quality control: four eyes on the tokens' subjects (issue 13 point 3): the author, also holding a
        // teamleider token, is refused under another name; then sent back with comments
        String auteurAlsTeamleider = DevToken.voor(Testtokens.WIJKTEAM, "TEAMLEIDER", "test-wt-1");
        assertRegel(Toegangsmatrix.als(port, auteurAlsTeamleider, "POST", pad + "/beoordeling", """
                {"versie": 1, "besluit": "GOEDGEKEURD", "teamleider": %s}""".formatted(ELS)), "R13");
        var zonderOpmerkingen = api.post(pad + "/beoordeling", """
                {"versie": 1, "besluit": "TERUGGESTUURD", "teamleider": %s}""".formatted(ELS));
        assertThat(invalidParams(zonderOpmerkingen)).containsExactly("opmerkingen");
        assertThat(api.post(pad + "/beoordeling", """
                {"versie": 1, "besluit": "TERUGGESTUURD", "opmerkingen": "Wanneer rapporteert school?",
                 "teamleider": %s}""".formatted(ELS)).statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("VEILIGHEIDSPLAN_TERUGGESTUURD")
                && !api.signalen(zaakId).contains("VEILIGHEIDSPLAN_TER_BEOORDELING"));
        EventContract.assertValid("veiligheidsplan-beoordeeld.v1",
                CloudEventsKafkaCodec.decode(api.records(BEOORDEELD, zaakId, 1).get(0)).data());

        // R13: measures are required while a child is not safe; then the evaluation compares with the start
        assertRegel(api.post(pad + "/evaluaties", evaluatie(kind, "ZORGELIJK", null)), "R13");
        assertRegel(api.post(pad + "/evaluaties", """
                {"huidigeSituatie": [{"lidId": "%s", "oordeel": "VEILIG", "toelichting": "Rust"},
                                     {"lidId": "%s", "oordeel": "VEILIG", "toelichting": "Rust"}],
                 "afsprakenNagekomen": true, "medewerker": %s}""".formatted(kind, ONBEKEND_KIND, FATIMA)), "R13");
        assertThat(api.post(pad + "/evaluaties", evaluatie(kind, "ZORGELIJK", "Wekelijks huisbezoek")).statusCode())
                .isEqualTo(200);
        await().atMost(LANG).until(() -> api.lees(pad).get("evaluaties").size() == 1);
        JsonNode evaluatie = api.lees(pad).at("/evaluaties/0");
        assertThat(evaluatie.at("/vergelijking/0/startOordeel").asString()).isEqualTo("ONVEILIG");
        assertThat(evaluatie.at("/vergelijking/0/huidigOordeel").asString()).isEqualTo("ZORGELIJK");
        assertThat(evaluatie.at("/vergelijking/0/verloop").asString()).isEqualTo("VERBETERD");
        assertThat(evaluatie.get("opTijd").asBoolean()).isTrue();
        KetenEvent geevalueerd = CloudEventsKafkaCodec.decode(api.records(GEEVALUEERD, zaakId, 1).get(0));
        EventContract.assertValid("veiligheidsplan-geevalueerd.v1", geevalueerd.data());
        assertThat(new String(geevalueerd.data(), StandardCharsets.UTF_8)).doesNotContain("huisbezoek", "Fatima");

        // ending because safety is restored needs an evaluation that judged every child safe
        String hersteld = """
                {"reden": "VEILIGHEID_HERSTELD", "toelichting": "Alle kinderen veilig", "medewerker": %s}"""
                .formatted(FATIMA);
        assertRegel(api.post(pad + "/beeindiging", hersteld), "R13");
        assertThat(api.post(pad + "/evaluaties", evaluatie(kind, "VEILIG", null)).statusCode()).isEqualTo(200);
        assertThat(api.post(pad + "/beeindiging", hersteld).statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> "BEEINDIGD".equals(api.lees(pad).get("status").asString()));
        assertThat(actief(zaakId)).isFalse();
        assertThat(api.signalen(zaakId)).doesNotContain("VEILIGHEIDSPLAN_TERUGGESTUURD",
                "VEILIGHEIDSPLAN_TER_BEOORDELING", "VEILIGHEIDSPLAN_EVALUATIE_GEMIST", "VEILIGHEIDSPLAN_VERLOPEN");
        assertThat(jdbc.queryForList("SELECT soort FROM zaak_termijn WHERE zaak_id = ?", String.class, zaakId))
                .doesNotContain("VEILIGHEIDSPLAN_EVALUATIE", "VEILIGHEIDSPLAN_EINDE");
        EventContract.assertValid("veiligheidsplan-beeindigd.v1",
                CloudEventsKafkaCodec.decode(api.records(BEEINDIGD, zaakId, 1).get(0)).data());

        // a new versie after the end covers every child, also one registered since: the earlier is kept in history
        String nieuwKind = registreerKind(zaakId);
        assertRegel(api.post(pad, plan(eindigtOp, kind)), "R13");
        assertThat(api.ok(pad, plan(eindigtOp, kind, nieuwKind)).get("versie").asInt()).isEqualTo(2);
        await().atMost(LANG).until(() -> api.lees(pad).get("versie").asInt() == 2);
        JsonNode tweede = api.lees(pad);
        assertThat(tweede.at("/eerdereVersies/0/status").asString()).isEqualTo("BEEINDIGD");
        assertThat(tweede.at("/eerdereVersies/0/beoordeling").asString()).isEqualTo("TERUGGESTUURD");
        assertThat(actief(zaakId)).isTrue();
    }

    @Test
    void r13_anIncompletePlanIsRefusedNamingTheFieldsAndChangesNothing() throws Exception {
        String zaakId = zaakInBehandeling();
        String pad = "/api/v1/zaken/" + zaakId + "/veiligheidsplan";

        var leeg = api.post(pad, "{}");
        assertThat(invalidParams(leeg)).containsExactlyInAnyOrder("afspraken", "eindigtOp", "ernst",
                "maatregelenBijOnveiligheid", "medewerker", "startsituatie");

        var zonderVerantwoordelijke = api.post(pad, """
                {"ernst": "HOOG",
                 "afspraken": [{"omschrijving": "Vader verblijft elders", "verantwoordelijke": " ",
                                "rapporteertAan": "Casusregisseur"}],
                 "maatregelenBijOnveiligheid": "Melden bij Veilig Thuis",
                 "startsituatie": [{"lidId": "%s", "oordeel": "ONVEILIG", "toelichting": "Angstig"}],
                 "eindigtOp": "%s", "medewerker": %s}""".formatted(ONBEKEND_KIND,
                Instant.now().plus(Duration.ofDays(30)),
                FATIMA));
        assertThat(invalidParams(zonderVerantwoordelijke)).allSatisfy(veld -> assertThat(veld).startsWith("afspraken"))
                .anySatisfy(veld -> assertThat(veld).endsWith("verantwoordelijke"))
                .anySatisfy(veld -> assertThat(veld).endsWith("rapportagemoment"));

        assertProblem(api.post("/api/v1/zaken/" + OpenZaak.zaakIdVoor(UUID.randomUUID().toString())
                + "/veiligheidsplan", plan(Instant.now().plus(Duration.ofDays(30)), ONBEKEND_KIND)), 404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(2);
    }

    @Test
    void d6_theVeiligheidsplanEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = api.lees("/api/v1/openapi.json");
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode paden = doc.get("paths");
        assertThat(paden.get("/api/v1/zaken/{zaakId}/veiligheidsplan").at("/post/summary").asString())
                .contains("R13");
        for (String sub : new String[] {"beoordeling", "evaluaties", "beeindiging"}) {
            assertThat(paden.has("/api/v1/zaken/{zaakId}/veiligheidsplan/" + sub)).isTrue();
        }
    }

    private String zaakInBehandeling() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        api.accepteer(zaakId, FATIMA);
        return zaakId;
    }

    /** R11: registers a child in the intake over REST and answers its lidId. */
    private String registreerKind(String zaakId) throws Exception {
        var geregistreerd = api.post("/api/v1/zaken/" + zaakId + "/gezinsleden",
                "{\"rol\": \"KIND\", \"medewerker\": " + FATIMA + "}");
        assertThat(geregistreerd.statusCode()).as(geregistreerd.body()).isEqualTo(201);
        JsonNode antwoord = JSON.readTree(geregistreerd.body());
        assertThat(antwoord.get("zaakId").asString()).isEqualTo(zaakId);
        return antwoord.get("lidId").asString();
    }

    /** A plan judging the first child ONVEILIG at the start, and any further ones ZORGELIJK. */
    private static String plan(Instant eindigtOp, String... kinderen) {
        List<String> startsituatie = new ArrayList<>();
        for (int i = 0; i < kinderen.length; i++) {
            startsituatie.add("""
                    {"lidId": "%s", "oordeel": "%s", "toelichting": "Was getuige van geweld"}"""
                    .formatted(kinderen[i], i == 0 ? "ONVEILIG" : "ZORGELIJK"));
        }
        return """
                {"ernst": "ACUUT",
                 "afspraken": [{"omschrijving": "%s", "verantwoordelijke": "Vader",
                                "rapporteertAan": "Casusregisseur", "rapportagemoment": "Elke maandag"}],
                 "maatregelenBijOnveiligheid": "Bij een incident meldt school direct bij Veilig Thuis",
                 "startsituatie": [%s],
                 "eindigtOp": "%s", "medewerker": %s}""".formatted(AFSPRAAK, String.join(", ", startsituatie),
                eindigtOp, FATIMA);
    }

    private static String evaluatie(String kind, String oordeel, String maatregelen) {
        return """
                {"huidigeSituatie": [{"lidId": "%s", "oordeel": "%s", "toelichting": "Rustiger thuis"}],
                 "afsprakenNagekomen": true%s, "medewerker": %s}""".formatted(kind, oordeel,
                maatregelen == null ? "" : ", \"maatregelen\": \"" + maatregelen + "\"", FATIMA);
    }

    private boolean actief(String zaakId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT veiligheidsplan_actief FROM zaak_overzicht WHERE zaak_id = ?", Boolean.class, zaakId));
    }
}
