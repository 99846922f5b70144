package nl.veiligthuis.keten.wijkteam.afsluiting;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.wijkteam.WijkteamApi;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import nl.veiligthuis.keten.wijkteam.intake.ZrmDomein;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** R16/R17 on the running service: closing is refused while a child is unsafe, reviewed, and published. */
class AfsluitingIntegrationTest extends WijkteamIntegratieBasis {

    private static final String MEDEWERKER = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String TEAMLEIDER = "{\"naam\": \"Ria Vermeulen\"}";
    private static final String TYPE = "nl.veilig-thuis.keten.wijkteam.";

    @Test
    void r16_r17_aZaakIsClosedOnlyWhenEveryChildIsSafeAfterTheTeamleidersReview() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        String pad = "/api/v1/zaken/" + zaakId;
        api.ok(pad + "/acceptatie", """
                {"team": "Westwijk", "medewerker": %s,
                 "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678", "organisatie": "Minters"}}"""
                .formatted(MEDEWERKER));
        String moeder = api.ok(pad + "/gezinsleden", lid("OUDER")).get("lidId").asString();
        String kind = api.ok(pad + "/gezinsleden", lid("KIND")).get("lidId").asString();
        api.ok(pad + "/gezinsleden/" + moeder + "/zrm", zrm("START"));

        // R16: no closing while the child's safety was never assessed, or is judged unsafe
        assertRegel(api.post(pad + "/afsluiting", afsluiting("ZELFSTANDIG_VERDER", "[]")), "R16");
        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("ONVEILIG"));
        assertRegel(api.post(pad + "/afsluiting", afsluiting("ZELFSTANDIG_VERDER", "[]")), "R16");
        // R16: "geen hulpvraag" with remaining risk is a return to VT
        var geenHulpvraag = api.post(pad + "/afsluiting", afsluiting("GEEN_HULPVRAAG", "[]"));
        assertRegel(geenHulpvraag, "R16");
        assertThat(JSON.readTree(geenHulpvraag.body()).get("detail").asString())
                .contains("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID");

        // R17: at the start, school is told without consent only because the child is unsafe, with the reason
        api.ok(pad + "/informatiedeling", """
                {"partijen": [{"partij": "HUISARTS", "toestemming": true},
                              {"partij": "SCHOOL", "toestemming": false,
                               "redenZonderToestemming": "School moet alert zijn op signalen"}],
                 "medewerker": %s}""".formatted(MEDEWERKER));

        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("VEILIG"));
        // R11: after help, the ZRM at the end comes first
        assertRegel(api.post(pad + "/afsluiting", afsluiting("ZELFSTANDIG_VERDER", "[]")), "R11");
        api.ok(pad + "/gezinsleden/" + moeder + "/zrm", zrm("EIND"));
        // R11 (issue 14 point 1): and a conversation with the child, or the reason why not
        assertRegel(api.post(pad + "/afsluiting", afsluiting("ZELFSTANDIG_VERDER", "[]")), "R11");
        api.ok(pad + "/gezinsleden/" + kind + "/gesprekken", """
                {"gesproken": true, "gevoerdOp": "2026-01-15", "medewerker": %s}""".formatted(MEDEWERKER));

        var onvolledig = api.post(pad + "/afsluiting", "{\"uitkomst\": \"ZELFSTANDIG_VERDER\", \"onderbouwing\": \" \"}");
        assertThat(invalidParams(onvolledig)).containsExactlyInAnyOrder("onderbouwing", "informeren", "medewerker");
        api.ok(pad + "/afsluiting", afsluiting("ZELFSTANDIG_VERDER", """
                [{"partij": "HUISARTS", "toestemming": true}, {"partij": "SCHOOL", "toestemming": false}]"""));
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("AFSLUITING_TER_BEOORDELING"));

        // quality control: four eyes on the tokens' subjects (issue 13 point 3): the medewerker who proposed, also
        // holding a teamleider token, is refused whatever name the body types; and sending back needs comments
        String voorstellerAlsTeamleider = DevToken.voor(Testtokens.WIJKTEAM, "TEAMLEIDER", "test-wt-1");
        assertRegel(Toegangsmatrix.als(port, voorstellerAlsTeamleider, "POST", pad + "/afsluiting/beoordeling",
                "{\"besluit\": \"GOEDGEKEURD\", \"teamleider\": " + TEAMLEIDER + "}"), "R16");
        assertThat(invalidParams(api.post(pad + "/afsluiting/beoordeling",
                "{\"besluit\": \"TERUGGESTUURD\", \"teamleider\": " + TEAMLEIDER + "}"))).containsExactly("opmerkingen");
        JsonNode gesloten = api.ok(pad + "/afsluiting/beoordeling",
                "{\"besluit\": \"GOEDGEKEURD\", \"teamleider\": " + TEAMLEIDER + "}");
        assertThat(gesloten.get("status").asString()).isEqualTo("AFGESLOTEN");

        await().atMost(LANG).until(() -> "AFGESLOTEN".equals(api.lees(pad).get("status").asString()));
        JsonNode zaak = api.lees(pad);
        assertThat(zaak.get("regisseur").isNull()).isTrue();
        assertThat(zaak.get("uitkomstAfsluiting").asString()).isEqualTo("ZELFSTANDIG_VERDER");
        assertThat(zaak.get("afgeslotenOp").isNull()).isFalse();
        assertThat(zaak.get("signalen").isEmpty()).isTrue();
        JsonNode overzicht = api.lees(pad + "/afsluiting");
        assertThat(overzicht.get("voorstellen").get(0).get("besluit").asString()).isEqualTo("GOEDGEKEURD");
        assertThat(overzicht.get("voorstellen").get(0).get("teamleider").asString()).isEqualTo("Ria Vermeulen");
        List<String> delingen = new ArrayList<>();
        overzicht.get("informatiedeling").forEach(deling -> delingen.add(deling.get("moment").asString() + " "
                + deling.get("partij").asString() + " " + deling.get("geinformeerd").asBoolean()));
        assertThat(delingen).containsExactlyInAnyOrder("START HUISARTS true", "START SCHOOL true",
                "EINDE HUISARTS true", "EINDE SCHOOL false");
        // off the open zaken; on the worklist's nazorg, by default the casusregisseur's (issue 14 point 7)
        JsonNode werkvoorraad = api.lees("/api/v1/werkvoorraad?gemeente=Vlaardingen");
        assertThat(werkvoorraad.get("zaken").toString()).doesNotContain(zaakId);
        assertThat(werkvoorraad.get("nazorg").toString()).contains(zaakId);

        ConsumerRecord<String, byte[]> afgesloten = api.records(TYPE + "zaak-afgesloten.v1", zaakId, 1).get(0);
        EventContract.assertValid("zaak-afgesloten.v1", afgesloten.value());
        JsonNode payload = JSON.readTree(afgesloten.value());
        assertThat(payload.get("geinformeerd").toString()).isEqualTo("[\"HUISARTS\"]");
        assertThat(payload.get("nietGeinformeerd").toString()).isEqualTo("[\"SCHOOL\"]");
        for (String type : List.of("afsluiting-voorgesteld", "afsluiting-beoordeeld", "betrokkenen-geinformeerd")) {
            ConsumerRecord<String, byte[]> record = api.records(TYPE + type + ".v1", zaakId, 1).get(0);
            EventContract.assertValid(type + ".v1", record.value());
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Fatima", "Ria", "alert", "LIRIK herhaald");
        }
        // a closed zaak is not returned or assigned a regisseur any more
        assertRegel(api.post(pad + "/terugmelding", """
                {"reden": "ONVOLDOENDE_MIDDELEN", "toelichting": "Toch niet", "medewerker": %s}"""
                .formatted(MEDEWERKER)), "R9");
    }

    @Test
    void d6_theClosingEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = api.lees("/api/v1/openapi.json");
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1zaken~1{zaakId}~1afsluiting/post/summary").asString()).contains("R16");
        assertThat(doc.at("/paths/~1api~1v1~1zaken~1{zaakId}~1informatiedeling/post/summary").asString())
                .contains("R17");
    }

    private static String lid(String rol) {
        return "{\"rol\": \"" + rol + "\", \"medewerker\": " + MEDEWERKER + "}";
    }

    private static String inschatting(String oordeel) {
        return """
                {"instrument": "LIRIK", "oordeel": "%s", "onderbouwing": "Gesprek met kind en moeder, LIRIK herhaald",
                 "medewerker": %s}""".formatted(oordeel, MEDEWERKER);
    }

    private static String zrm(String moment) {
        StringBuilder scores = new StringBuilder();
        for (ZrmDomein domein : ZrmDomein.values()) {
            scores.append(scores.isEmpty() ? "" : ", ").append('"').append(domein.name()).append("\": 3");
        }
        return """
                {"moment": "%s", "scores": {%s}, "peildatum": "2026-01-15", "medewerker": %s}"""
                .formatted(moment, scores, MEDEWERKER);
    }

    private static String afsluiting(String uitkomst, String informeren) {
        return """
                {"uitkomst": "%s", "onderbouwing": "Beide kinderen gesproken; LIRIK herhaald, oordeel veilig",
                 "informeren": %s, "medewerker": %s}""".formatted(uitkomst, informeren, MEDEWERKER);
    }
}
