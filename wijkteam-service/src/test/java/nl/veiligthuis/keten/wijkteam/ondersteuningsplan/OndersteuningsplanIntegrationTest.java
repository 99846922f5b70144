package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.wijkteam.WijkteamApi;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * R12 and the teamleider's review on the running service: real PostgreSQL and Kafka, REST in, CloudEvents out. The
 * clock is moved six weeks ahead here, so the context is closed afterwards: its scheduler must not fire the terms of
 * zaken other test classes create at the real time.
 */
@DirtiesContext
// moves the clock: after the classes that share the context, which it closes (junit-platform.properties)
@Order(Order.DEFAULT + 1)
class OndersteuningsplanIntegrationTest extends WijkteamIntegratieBasis {

    private static final String TYPE = "nl.veilig-thuis.keten.wijkteam.";
    private static final String FATIMA = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String JOOST = "{\"naam\": \"Joost de Vries\", \"telefoon\": \"010-8765432\"}";
    private static final String PERSPECTIEF = "Het gezin woont veilig samen en de ouders lossen ruzies op";
    private static final String DOELEN = """
            [{"prioriteit": 2, "omschrijving": "De kinderen gaan elke dag naar school",
              "beoogdResultaat": "Over acht weken geen ongeoorloofd verzuim"},
             {"prioriteit": 1, "omschrijving": "De ouders maken ruzie zonder geweld",
              "beoogdResultaat": "Over drie maanden geen politiemelding meer"}]""";
    private static final String ACTIES = """
            [{"partij": "GEZIN", "omschrijving": "Vader en moeder volgen samen een training", "doelPrioriteit": 1},
             {"partij": "SCHOOL", "omschrijving": "De mentor meldt verzuim dezelfde dag", "doelPrioriteit": 2},
             {"partij": "ANDERS", "partijNaam": "Buurtsportcoach", "omschrijving": "Haalt de oudste op",
              "doelPrioriteit": 2}]""";
    private static final String OPMERKINGEN = "Maak doel twee concreter met de school erbij";
    private static final String UITKOMST = "Het team ziet voortgang en vraagt schuldhulp aan";
    private static final String TOELICHTING_AANBOD = "Moeder wil eerst zelf met haar zus praten";

    @Autowired
    Klok klok;

    @Test
    void r12_aPlanIsDrawnUpReviewedByTheTeamleiderAndEvaluatedViaRestAndPublishedWithoutTexts() throws Exception {
        String zaakId = geaccepteerdeZaak();
        String pad = "/api/v1/zaken/" + zaakId + "/ondersteuningsplan";

        // R12: in treatment without a plan: a signal, and the procesbespreking term runs from the acceptance
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("GEEN_ONDERSTEUNINGSPLAN"));
        JsonNode leeg = api.lees(pad);
        assertThat(leeg.get("huidigeVersie").isNull()).isTrue();
        Instant geaccepteerdOp = Instant.parse(api.lees("/api/v1/zaken/" + zaakId).get("geaccepteerdOp").asString());
        assertThat(Instant.parse(leeg.at("/procesbespreking/uiterlijkOp").asString()))
                .isEqualTo(Ondersteuningsplan.procesbesprekingUiterlijkOp(geaccepteerdOp));
        assertThat(leeg.at("/procesbespreking/gemist").asBoolean()).isFalse();
        assertThat(termijnen(zaakId)).contains("PROCESBESPREKING");

        // 400 names the fields; 409 names the rule
        var zonderVelden = api.post(pad, "{}");
        assertThat(invalidParams(zonderVelden))
                .containsExactly("acties", "doelen", "medewerker", "opgesteldMet", "perspectief");
        var nietConcreet = api.post(pad, plan("""
                [{"prioriteit": 1, "omschrijving": "Het gaat beter", "beoogdResultaat": " "}]""", ACTIES, FATIMA));
        assertThat(invalidParams(nietConcreet)).containsExactly("doelen[0].beoogdResultaat");
        assertRegel(api.post(pad, plan("""
                [{"prioriteit": 1, "omschrijving": "Naar school", "beoogdResultaat": "Over acht weken"},
                 {"prioriteit": 3, "omschrijving": "Geen geweld", "beoogdResultaat": "Over drie maanden"}]""",
                "[{\"partij\": \"GEZIN\", \"omschrijving\": \"Training\", \"doelPrioriteit\": 1}]", FATIMA)), "R12");
        assertRegel(api.post(pad, plan(DOELEN,
                "[{\"partij\": \"GEZIN\", \"omschrijving\": \"Training\", \"doelPrioriteit\": 5}]", FATIMA)), "R12");

        var eerste = api.post(pad, plan(DOELEN, ACTIES, FATIMA));
        assertThat(eerste.statusCode()).isEqualTo(200);
        assertThat(json(eerste).get("versie").asInt()).isEqualTo(1);
        assertThat(json(eerste).get("status").asString()).isEqualTo("CONCEPT_TER_BEOORDELING");
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("ONDERSTEUNINGSPLAN_TER_BEOORDELING"));
        assertThat(api.signalen(zaakId)).doesNotContain("GEEN_ONDERSTEUNINGSPLAN");

        // quality control: four eyes, comments when sent back, and no evaluation before approval
        String beoordeling = pad + "/beoordeling";
        // issue 13 point 3: four eyes compares the tokens' subjects; the author holding a teamleider token too is
        // refused even under another name
        String auteurAlsTeamleider = DevToken.voor(Testtokens.WIJKTEAM, "TEAMLEIDER", "test-wt-1");
        assertRegel(Toegangsmatrix.als(port, auteurAlsTeamleider, "POST", beoordeling,
                beoordeling(1, "GOEDGEKEURD", null, JOOST)), "R12");
        assertThat(invalidParams(api.post(beoordeling, beoordeling(1, "TERUGGESTUURD", null, JOOST))))
                .containsExactly("opmerkingen");
        assertRegel(api.post(pad + "/evaluaties", evaluatie()), "R12");
        var teruggestuurd = api.post(beoordeling, beoordeling(1, "TERUGGESTUURD", OPMERKINGEN, JOOST));
        assertThat(teruggestuurd.statusCode()).isEqualTo(200);
        assertThat(json(teruggestuurd).get("status").asString()).isEqualTo("TERUGGESTUURD");
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("ONDERSTEUNINGSPLAN_TERUGGESTUURD"));
        assertThat(api.signalen(zaakId)).doesNotContain("ONDERSTEUNINGSPLAN_TER_BEOORDELING");

        assertThat(api.ok(pad, plan(DOELEN, ACTIES, FATIMA)).get("versie").asInt()).isEqualTo(2);
        assertRegel(api.post(beoordeling, beoordeling(1, "GOEDGEKEURD", null, JOOST)), "R12");
        assertThat(api.ok(beoordeling, beoordeling(2, "GOEDGEKEURD", null, JOOST)).get("status").asString())
                .isEqualTo("GOEDGEKEURD");
        var evaluatie = api.post(pad + "/evaluaties", evaluatie());
        assertThat(evaluatie.statusCode()).isEqualTo(200);
        assertThat(json(evaluatie).get("versie").asInt()).isEqualTo(2);

        // R12: the procesbespreking within six weeks ends the term
        var procesbespreking = api.post("/api/v1/zaken/" + zaakId + "/procesbespreking",
                procesbespreking(klok.instant()));
        assertThat(procesbespreking.statusCode()).isEqualTo(200);
        assertThat(json(procesbespreking).get("opTijd").asBoolean()).isTrue();

        await().atMost(LANG).until(() -> api.lees(pad).get("evaluaties").size() == 1
                && !api.lees(pad).at("/procesbespreking/gehoudenOp").isNull());
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("ONDERSTEUNINGSPLAN_TERUGGESTUURD"));
        assertThat(api.signalen(zaakId)).doesNotContain("GEEN_ONDERSTEUNINGSPLAN", "ONDERSTEUNINGSPLAN_TER_BEOORDELING",
                "ONDERSTEUNINGSPLAN_TERUGGESTUURD", "PROCESBESPREKING_GEMIST");
        assertThat(termijnen(zaakId)).doesNotContain("PROCESBESPREKING");
        JsonNode overzicht = api.lees(pad);
        assertThat(overzicht.at("/huidigeVersie/versie").asInt()).isEqualTo(2);
        assertThat(overzicht.at("/huidigeVersie/status").asString()).isEqualTo("GOEDGEKEURD");
        assertThat(overzicht.at("/huidigeVersie/perspectief").asString()).isEqualTo(PERSPECTIEF);
        assertThat(overzicht.at("/huidigeVersie/doelen/0/prioriteit").asInt()).isEqualTo(1);
        assertThat(overzicht.at("/huidigeVersie/doelen/1/beoogdResultaat").asString())
                .isEqualTo("Over acht weken geen ongeoorloofd verzuim");
        assertThat(overzicht.at("/huidigeVersie/acties/2/partijNaam").asString()).isEqualTo("Buurtsportcoach");
        assertThat(overzicht.get("goedgekeurdeVersie").asInt()).isEqualTo(2);
        assertThat(overzicht.at("/beoordelingen/0/besluit").asString()).isEqualTo("TERUGGESTUURD");
        assertThat(overzicht.at("/beoordelingen/0/opmerkingen").asString()).isEqualTo(OPMERKINGEN);
        assertThat(overzicht.at("/beoordelingen/1/besluit").asString()).isEqualTo("GOEDGEKEURD");
        assertThat(overzicht.at("/beoordelingen/1/teamleider").asString()).isEqualTo("Joost de Vries");
        assertThat(overzicht.at("/evaluaties/0/doelen/0/stand").asString()).isEqualTo("DEELS_BEHAALD");
        assertThat(overzicht.at("/procesbespreking/opTijd").asBoolean()).isTrue();
        assertThat(overzicht.at("/procesbespreking/uitkomst").asString()).isEqualTo(UITKOMST);

        // published as codes, counts and dates: no names, goals, comments or outcome (D4)
        JsonNode opgesteld = gepubliceerd("ondersteuningsplan-opgesteld", zaakId, 2).get(0);
        assertThat(opgesteld.get("aantalDoelen").asInt()).isEqualTo(2);
        assertThat(opgesteld.get("partijen").toString()).isEqualTo("[\"GEZIN\",\"SCHOOL\",\"ANDERS\"]");
        assertThat(opgesteld.get("opgesteldMet").asString()).isEqualTo("MET_GEZIN");
        List<JsonNode> beoordeeld = gepubliceerd("ondersteuningsplan-beoordeeld", zaakId, 2);
        assertThat(beoordeeld.get(0).get("besluit").asString()).isEqualTo("TERUGGESTUURD");
        assertThat(beoordeeld.get(1).at("/actor/rol").asString()).isEqualTo("TEAMLEIDER");
        JsonNode geevalueerd = gepubliceerd("ondersteuningsplan-geevalueerd", zaakId, 1).get(0);
        assertThat(geevalueerd.get("aantalBehaald").asInt()).isEqualTo(1);
        assertThat(geevalueerd.get("aantalDeelsBehaald").asInt()).isEqualTo(1);
        assertThat(geevalueerd.get("samenMetGezin").asBoolean()).isTrue();
        assertThat(gepubliceerd("procesbespreking-gehouden", zaakId, 1).get(0).get("opTijd").asBoolean()).isTrue();
    }

    @Test
    void r12_aMissedProcesbesprekingIsSignalledPublishedAndRecordedNotInTimeWhenHeldLate() throws Exception {
        String zaakId = geaccepteerdeZaak();
        String pad = "/api/v1/zaken/" + zaakId + "/procesbespreking";
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("GEEN_ONDERSTEUNINGSPLAN"));

        // R12: six weeks pass without a procesbespreking
        klok.verschuif(Duration.ofDays(43));
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("PROCESBESPREKING_GEMIST"));
        JsonNode termijn = api.lees("/api/v1/zaken/" + zaakId + "/ondersteuningsplan").get("procesbespreking");
        assertThat(termijn.get("gemist").asBoolean()).isTrue();
        assertThat(termijn.get("verstrekenOp").isNull()).isFalse();
        JsonNode verstreken = gepubliceerd("procesbespreking-termijn-verstreken", zaakId, 1).get(0);
        // the read model keeps microseconds, the event the full precision
        assertThat(Instant.parse(verstreken.get("uiterlijkOp").asString()))
                .isCloseTo(Instant.parse(termijn.get("uiterlijkOp").asString()), within(1, ChronoUnit.MICROS));

        assertRegel(api.post(pad, procesbespreking(klok.instant().plusSeconds(3600))), "R12");
        var laat = api.post(pad, procesbespreking(klok.instant().minusSeconds(60)));
        assertThat(laat.statusCode()).isEqualTo(200);
        assertThat(json(laat).get("opTijd").asBoolean()).isFalse();
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("PROCESBESPREKING_GEMIST"));
        assertThat(termijnen(zaakId)).doesNotContain("PROCESBESPREKING");
        JsonNode gehouden = api.lees("/api/v1/zaken/" + zaakId + "/ondersteuningsplan").get("procesbespreking");
        assertThat(gehouden.get("gemist").asBoolean()).isFalse();
        assertThat(gehouden.get("opTijd").asBoolean()).isFalse();
        assertRegel(api.post(pad, procesbespreking(klok.instant().minusSeconds(30))), "R12");
        assertThat(gepubliceerd("procesbespreking-gehouden", zaakId, 1).get(0).get("opTijd").asBoolean()).isFalse();
    }

    @Test
    void r12_aZaakThatIsNotInTreatmentHasNoPlanAndAnUnknownZaakIsNotFound() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        assertRegel(api.post("/api/v1/zaken/" + zaakId + "/ondersteuningsplan", plan(DOELEN, ACTIES, FATIMA)), "R12");
        assertThat(api.lees("/api/v1/zaken/" + zaakId + "/ondersteuningsplan").get("procesbespreking").isNull())
                .isTrue();

        String onbekend = OpenZaak.zaakIdVoor(UUID.randomUUID().toString());
        assertProblem(api.get("/api/v1/zaken/" + onbekend + "/ondersteuningsplan"), 404);
        assertProblem(api.post("/api/v1/zaken/" + onbekend + "/ondersteuningsplan", plan(DOELEN, ACTIES, FATIMA)), 404);
        assertProblem(api.post("/api/v1/zaken/" + onbekend + "/procesbespreking", procesbespreking(klok.instant())),
                404);
    }

    @Test
    void issue14_r12_theOfferOfAFamiliegroepsplanAndTheGezinsAnswerAreRecordedShownAndPublishedWithoutTexts()
            throws Exception {
        // 001 Bijlage 1: "Zichtbaar moet zijn dat het gezin in de gelegenheid is gesteld een familiegroepsplan op te
        // stellen"; the inspection reads it (monitoring-service FAMILIEGROEPSPLAN_AANGEBODEN)
        String zaakId = geaccepteerdeZaak();
        String pad = "/api/v1/zaken/" + zaakId + "/ondersteuningsplan/familiegroepsplan-aanbod";
        LocalDate vandaag = LocalDate.ofInstant(klok.instant(), Klok.NEDERLAND);

        // bad input names every field; a day before the acceptance is the rule's; nothing is recorded
        long events = eventsVan(zaakId);
        assertThat(invalidParams(api.post(pad, "{}"))).containsExactly("aangebodenOp", "antwoord", "medewerker");
        assertThat(invalidParams(api.post(pad, aanbod(vandaag.plusDays(2), "GEZIN_ZIET_AF", null))))
                .containsExactly("aangebodenOp");
        assertThat(invalidParams(api.post(pad, aanbod(vandaag, "MISSCHIEN", null)))).containsExactly("antwoord");
        assertRegel(api.post(pad, aanbod(vandaag.minusDays(1), "GEZIN_ZIET_AF", null)), "R12");
        assertThat(eventsVan(zaakId)).isEqualTo(events);

        var aanbod = api.post(pad, aanbod(vandaag, "GEZIN_ZIET_AF", TOELICHTING_AANBOD));
        assertThat(aanbod.statusCode()).as(aanbod.body()).isEqualTo(201);
        assertThat(json(aanbod).get("antwoord").asString()).isEqualTo("GEZIN_ZIET_AF");
        JsonNode getoond = await().atMost(LANG).until(
                () -> api.lees("/api/v1/zaken/" + zaakId + "/ondersteuningsplan").get("familiegroepsplanAanbod"),
                lijst -> lijst.size() == 1).get(0);
        assertThat(getoond.get("aangebodenOp").asString()).isEqualTo(vandaag.toString());
        assertThat(getoond.get("antwoord").asString()).isEqualTo("GEZIN_ZIET_AF");
        assertThat(getoond.get("toelichting").asString()).isEqualTo(TOELICHTING_AANBOD);
        assertThat(getoond.get("medewerker").asString()).isEqualTo("Fatima el Amrani");
        // D4: the toelichting is encrypted in the read model, and the topic carries the day and the code only
        assertThat(jdbc.queryForObject("SELECT toelichting FROM familiegroepsplan_aanbod WHERE zaak_id = ?",
                String.class, zaakId)).doesNotContain("zus");
        JsonNode gepubliceerd = gepubliceerd("familiegroepsplan-aangeboden", zaakId, 1).get(0);
        assertThat(gepubliceerd.get("antwoord").asString()).isEqualTo("GEZIN_ZIET_AF");
        assertThat(gepubliceerd.get("aangebodenOp").asString()).isEqualTo(vandaag.toString());
        assertThat(gepubliceerd.toString()).doesNotContain("zus");

        assertProblem(api.post("/api/v1/zaken/" + OpenZaak.zaakIdVoor(UUID.randomUUID().toString())
                + "/ondersteuningsplan/familiegroepsplan-aanbod", aanbod(vandaag, "GEZIN_STELT_OP", null)), 404);
    }

    @Test
    void d6_theOndersteuningsplanEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = api.lees("/api/v1/openapi.json");
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode paden = doc.get("paths");
        for (String pad : new String[] {"/api/v1/zaken/{zaakId}/ondersteuningsplan",
                "/api/v1/zaken/{zaakId}/ondersteuningsplan/beoordeling",
                "/api/v1/zaken/{zaakId}/ondersteuningsplan/evaluaties", "/api/v1/zaken/{zaakId}/procesbespreking",
                "/api/v1/zaken/{zaakId}/ondersteuningsplan/familiegroepsplan-aanbod"}) {
            assertThat(paden.at("/" + pad.replace("/", "~1") + "/post/summary").asString()).contains("R12");
        }
        assertThat(paden.at("/~1api~1v1~1zaken~1{zaakId}~1ondersteuningsplan/get/summary").asString())
                .contains("R12");
    }

    private String geaccepteerdeZaak() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        api.accepteer(zaakId, FATIMA);
        return zaakId;
    }

    private static String plan(String doelen, String acties, String medewerker) {
        return """
                {"perspectief": "%s", "doelen": %s, "acties": %s, "opgesteldMet": "MET_GEZIN", "medewerker": %s}"""
                .formatted(PERSPECTIEF, doelen, acties, medewerker);
    }

    private static String beoordeling(int versie, String besluit, String opmerkingen, String teamleider) {
        return """
                {"versie": %d, "besluit": "%s", "opmerkingen": %s, "teamleider": %s}"""
                .formatted(versie, besluit, opmerkingen == null ? "null" : "\"" + opmerkingen + "\"", teamleider);
    }

    private static String evaluatie() {
        return """
                {"doelen": [{"prioriteit": 1, "stand": "DEELS_BEHAALD", "toelichting": "Nog een melding"},
                            {"prioriteit": 2, "stand": "BEHAALD"}],
                 "samenMetGezin": true, "bijstelling": "Training verlengen", "medewerker": %s}""".formatted(FATIMA);
    }

    private static String aanbod(LocalDate op, String antwoord, String toelichting) {
        return """
                {"aangebodenOp": "%s", "antwoord": "%s", "toelichting": %s, "medewerker": %s}"""
                .formatted(op, antwoord, toelichting == null ? "null" : "\"" + toelichting + "\"", FATIMA);
    }

    private static String procesbespreking(Instant gehoudenOp) {
        return """
                {"gehoudenOp": "%s", "uitkomst": "%s", "medewerker": %s}""".formatted(gehoudenOp, UITKOMST, FATIMA);
    }

    private List<String> termijnen(String zaakId) {
        return jdbc.queryForList("SELECT soort FROM zaak_termijn WHERE zaak_id = ?", String.class, zaakId);
    }

    /** The payloads of the published events of this type for the zaak, valid by their schema and without texts. */
    private List<JsonNode> gepubliceerd(String naam, String zaakId, int aantal) {
        List<ConsumerRecord<String, byte[]>> records = api.records(TYPE + naam + ".v1", zaakId, aantal);
        List<JsonNode> payloads = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            KetenEvent event = CloudEventsKafkaCodec.decode(record);
            assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId + "/ondersteuningsplan");
            EventContract.assertValid(naam + ".v1", record.value());
            String tekst = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(tekst).doesNotContain("Fatima", "Joost", "010-2345678", "010-8765432", "school",
                    "Buurtsportcoach", OPMERKINGEN, UITKOMST, PERSPECTIEF);
            for (Header header : record.headers()) {
                assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Joost");
            }
            payloads.add(JSON.readTree(event.data()));
        }
        return payloads;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
