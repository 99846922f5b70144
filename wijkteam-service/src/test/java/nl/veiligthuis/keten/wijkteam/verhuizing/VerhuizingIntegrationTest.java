package nl.veiligthuis.keten.wijkteam.verhuizing;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 10 on the running service (003 §5: verhuizingen; R10, R2, R17): a zaak of Vlaardingen moves with its
 * gezin to Schiedam by a warm handover. Two wijkteams with their own tokens, real PostgreSQL and Kafka.
 */
class VerhuizingIntegrationTest extends WijkteamIntegratieBasis {

    private static final String TYPE = "nl.veilig-thuis.keten.wijkteam.";
    private static final String FATIMA = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String TOELICHTING = "Moeder verhuist met de kinderen naar haar zus";
    private final String vlaardingen = Testtokens.wijkteammedewerker();
    private final String schiedam = DevToken.voor("Wijkteam Schiedam", "WIJKTEAMMEDEWERKER", "test-wt-schiedam");

    @Autowired
    Klok klok;

    @Test
    void r10_r2_issue14_aZaakMovesToTheWijkteamOfAnotherGemeenteByAWarmHandoverWithRegieAndZicht() throws Exception {
        String zaakId = geaccepteerdeZaakMetRegisseur();
        String zaak = "/api/v1/zaken/" + zaakId;
        LocalDate vandaag = LocalDate.ofInstant(klok.instant(), Klok.NEDERLAND);

        // bad input names the fields; the rules answer with their number; nothing is recorded
        long events = eventsVan(zaakId);
        assertThat(invalidParams(als(vlaardingen, "POST", zaak + "/verhuizing", "{}")))
                .containsExactlyInAnyOrder("medewerker", "naarGemeente", "toestemming", "verhuisdOp");
        assertRegel(als(vlaardingen, "POST", zaak + "/verhuizing", aanmelding("Schiedam",
                "ZONDER_TOESTEMMING_MET_REDEN", null, vandaag)), "R17");
        assertRegel(als(vlaardingen, "POST", zaak + "/verhuizing", aanmelding("vlaardingen", "GEGEVEN", null,
                vandaag).replace("\"naarTeam\": null", "\"naarTeam\": \"westwijk\"")), "R10");
        assertThat(eventsVan(zaakId)).isEqualTo(events);

        // the gemeente as the announcing team typed it; the receiving wijkteam's token spells it at the takeover
        HttpResponse<String> aangemeld = als(vlaardingen, "POST", zaak + "/verhuizing",
                aanmelding("schiedam", "GEGEVEN", null, vandaag.plusDays(3)));
        assertThat(aangemeld.statusCode()).as(aangemeld.body()).isEqualTo(201);
        String verhuizingId = json(aangemeld).get("verhuizingId").asString();
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("VERHUIZING_WACHT_OP_ACCEPTATIE"));
        // one at a time
        assertRegel(als(vlaardingen, "POST", zaak + "/verhuizing", aanmelding("Maassluis", "GEGEVEN", null,
                vandaag)), "R10");

        // Schiedam finds it, with the casusregisseur to call for the warm handover; the zaak itself is not its yet
        JsonNode inkomend = await().atMost(LANG).until(() -> json(als(schiedam, "GET",
                "/api/v1/verhuizingen?gemeente=Schiedam", null)).get("inkomend"), lijst -> bevat(lijst, verhuizingId));
        JsonNode wachtend = vind(inkomend, verhuizingId);
        assertThat(wachtend.get("vanGemeente").asString()).isEqualTo("Vlaardingen");
        assertThat(wachtend.at("/regisseurBijAanmelding/telefoon").asString()).isEqualTo("010-2345678");
        assertThat(wachtend.get("toelichting").asString()).isEqualTo(TOELICHTING);
        assertThat(bevat(json(als(vlaardingen, "GET", "/api/v1/verhuizingen?gemeente=Vlaardingen", null))
                .get("uitgaand"), verhuizingId)).isTrue();
        assertThat(als(schiedam, "GET", zaak, null).statusCode()).isEqualTo(404);
        assertThat(als(vlaardingen, "GET", "/api/v1/verhuizingen?gemeente=Schiedam", null).statusCode())
                .isEqualTo(404);
        // only the receiving wijkteam decides
        String besluit = "/api/v1/verhuizingen/" + verhuizingId;
        assertThat(als(vlaardingen, "POST", besluit + "/acceptatie", acceptatie(vandaag)).statusCode())
                .isEqualTo(404);
        assertThat(invalidParams(als(schiedam, "POST", besluit + "/acceptatie", acceptatie(vandaag.plusDays(1))
                .replace("\"regisseur\"", "\"geenRegisseur\"")))).containsExactlyInAnyOrder("geenRegisseur",
                "regisseur", "warmeOverdrachtOp");
        assertThat(eventsVan(zaakId)).isEqualTo(events + 1);

        HttpResponse<String> overgenomen = als(schiedam, "POST", besluit + "/acceptatie", acceptatie(vandaag));
        assertThat(overgenomen.statusCode()).as(overgenomen.body()).isEqualTo(200);
        assertThat(json(overgenomen).get("status").asString()).isEqualTo("OVERGENOMEN");

        // the zaak is Schiedam's now, and no longer Vlaardingen's; the regie passed with its reason
        JsonNode bijSchiedam = json(await().atMost(LANG).until(() -> als(schiedam, "GET", zaak, null),
                antwoord -> antwoord.statusCode() == 200));
        assertThat(bijSchiedam.get("gemeente").asString()).isEqualTo("Schiedam");
        assertThat(bijSchiedam.get("team").asString()).isEqualTo("Centrum");
        assertThat(bijSchiedam.get("signalen").toString()).doesNotContain("VERHUIZING");
        assertThat(als(vlaardingen, "GET", zaak, null).statusCode()).isEqualTo(404);
        JsonNode regie = await().atMost(LANG).until(() -> json(als(schiedam, "GET", zaak + "/regie", null))
                .get("perioden"), perioden -> perioden.size() == 2);
        assertThat(regie.get(0).get("tot").isNull()).isFalse();
        assertThat(regie.get(1).get("naam").asString()).isEqualTo("Anouk Bakker");
        assertThat(regie.get(1).get("reden").asString()).contains("Verhuizing van Vlaardingen naar Schiedam");
        JsonNode geschiedenis = json(als(schiedam, "GET", zaak + "/verhuizingen", null)).get("verhuizingen");
        assertThat(geschiedenis.get(0).get("status").asString()).isEqualTo("OVERGENOMEN");
        assertThat(geschiedenis.get(0).get("warmeOverdrachtOp").asString()).isEqualTo(vandaag.toString());
        await().atMost(LANG).until(() -> bevatZaak(als(schiedam, "GET", "/api/v1/werkvoorraad?gemeente=Schiedam",
                null), zaakId));
        assertThat(bevatZaak(als(vlaardingen, "GET", "/api/v1/werkvoorraad?gemeente=Vlaardingen", null), zaakId))
                .isFalse();

        // published as gemeenten, teams, days and codes: regie and zicht pass explicitly, no name or text (D4)
        JsonNode aanmelding = gepubliceerd("verhuizing-aangemeld", zaakId);
        assertThat(aanmelding.get("naarGemeente").asString()).isEqualTo("schiedam");
        assertThat(aanmelding.at("/actor/organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");
        JsonNode verhuisd = gepubliceerd("zaak-verhuisd", zaakId);
        assertThat(verhuisd.get("vanGemeente").asString()).isEqualTo("Vlaardingen");
        assertThat(verhuisd.get("naarTeam").asString()).isEqualTo("Centrum");
        assertThat(verhuisd.at("/actor/organisatie").asString()).isEqualTo("Wijkteam Schiedam");
        assertThat(api.records(TYPE + "regisseur-toegewezen.v1", zaakId, 2).stream()
                .map(r -> JSON.readTree(CloudEventsKafkaCodec.decode(r).data()))
                .filter(r -> r.get("wissel").asBoolean()).findFirst().orElseThrow().at("/actor/organisatie")
                .asString()).isEqualTo("Wijkteam Schiedam");
    }

    @Test
    void r10_issue14_aRefusedMoveLeavesTheZaakRegieAndZichtWithTheTeamThatHoldsItAndSignalsIt() throws Exception {
        String zaakId = geaccepteerdeZaakMetRegisseur();
        String zaak = "/api/v1/zaken/" + zaakId;
        LocalDate vandaag = LocalDate.ofInstant(klok.instant(), Klok.NEDERLAND);
        String verhuizingId = json(als(vlaardingen, "POST", zaak + "/verhuizing",
                aanmelding("Schiedam", "ZONDER_TOESTEMMING_MET_REDEN", "Vader dreigt; de school moet het weten",
                        vandaag))).get("verhuizingId").asString();
        String besluit = "/api/v1/verhuizingen/" + verhuizingId;
        await().atMost(LANG).until(() -> bevat(json(als(schiedam, "GET", "/api/v1/verhuizingen?gemeente=Schiedam",
                null)).get("inkomend"), verhuizingId));
        HttpResponse<String> geweigerd = als(schiedam, "POST", besluit + "/weigering", """
                {"reden": "GEZIN_WOONT_NIET_IN_GEMEENTE", "toelichting": "Onbekend op het adres",
                 "medewerker": {"naam": "Anouk Bakker"}}""");
        assertThat(geweigerd.statusCode()).as(geweigerd.body()).isEqualTo(200);
        // decided once
        assertRegel(als(schiedam, "POST", besluit + "/acceptatie", acceptatie(vandaag)), "R10");

        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("VERHUIZING_GEWEIGERD"));
        assertThat(api.signalen(zaakId)).doesNotContain("VERHUIZING_WACHT_OP_ACCEPTATIE");
        JsonNode bijVlaardingen = json(als(vlaardingen, "GET", zaak, null));
        assertThat(bijVlaardingen.get("gemeente").asString()).isEqualTo("Vlaardingen");
        JsonNode verhuizing = json(als(vlaardingen, "GET", zaak + "/verhuizingen", null)).get("verhuizingen").get(0);
        assertThat(verhuizing.get("status").asString()).isEqualTo("GEWEIGERD");
        assertThat(verhuizing.get("redenZonderToestemming").asString()).contains("Vader dreigt");
        assertThat(verhuizing.get("toelichtingWeigering").asString()).isEqualTo("Onbekend op het adres");
        JsonNode weigering = gepubliceerd("verhuizing-geweigerd", zaakId);
        assertThat(weigering.get("reden").asString()).isEqualTo("GEZIN_WOONT_NIET_IN_GEMEENTE");
        assertThat(gepubliceerd("verhuizing-aangemeld", zaakId).get("toestemming").asString())
                .isEqualTo("ZONDER_TOESTEMMING_MET_REDEN");
        // the texts are encrypted in the read model (D4)
        assertThat(jdbc.queryForObject("SELECT reden_zonder_toestemming FROM zaak_verhuizing WHERE verhuizing_id = ?",
                String.class, verhuizingId)).doesNotContain("Vader");
        // an unknown move is as unknown to everyone
        assertThat(als(schiedam, "POST", "/api/v1/verhuizingen/" + UUID.randomUUID() + "/acceptatie",
                acceptatie(vandaag)).statusCode()).isEqualTo(404);

        // announced anew, to a gemeente misspelled: the team takes it back, and the move waits no more
        String tweede = json(als(vlaardingen, "POST", zaak + "/verhuizing", aanmelding("Schidam", "GEGEVEN", null,
                vandaag))).get("verhuizingId").asString();
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("VERHUIZING_WACHT_OP_ACCEPTATIE"));
        assertThat(api.signalen(zaakId)).doesNotContain("VERHUIZING_GEWEIGERD");
        // issue 13 point 2: a professional of another team of Vlaardingen does not see this team's moves
        String oostwijk = DevToken.voorTeam("Wijkteam Vlaardingen", "WIJKTEAMMEDEWERKER", "Oostwijk", "test-wt-oost");
        JsonNode vanOostwijk = json(als(oostwijk, "GET", "/api/v1/verhuizingen?gemeente=Vlaardingen", null));
        assertThat(bevat(vanOostwijk.get("uitgaand"), tweede)).isFalse();
        String westwijk = DevToken.voorTeam("Wijkteam Vlaardingen", "WIJKTEAMMEDEWERKER", "Westwijk", "test-wt-west");
        await().atMost(LANG).until(() -> bevat(json(als(westwijk, "GET", "/api/v1/verhuizingen?gemeente=Vlaardingen",
                null)).get("uitgaand"), tweede));
        assertThat(invalidParams(als(vlaardingen, "POST", zaak + "/verhuizing/intrekking", "{}")))
                .containsExactlyInAnyOrder("medewerker", "toelichting", "verhuizingId");
        HttpResponse<String> ingetrokken = als(vlaardingen, "POST", zaak + "/verhuizing/intrekking", """
                {"verhuizingId": "%s", "toelichting": "Schiedam verkeerd gespeld", "medewerker": %s}"""
                .formatted(tweede, FATIMA));
        assertThat(ingetrokken.statusCode()).as(ingetrokken.body()).isEqualTo(200);
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("VERHUIZING_WACHT_OP_ACCEPTATIE"));
        assertThat(gepubliceerd("verhuizing-ingetrokken", zaakId).get("naarGemeente").asString()).isEqualTo("Schidam");
        assertThat(json(als(vlaardingen, "GET", zaak + "/verhuizingen", null)).get("verhuizingen").get(0)
                .get("status").asString()).isEqualTo("INGETROKKEN");
    }

    @Test
    void d6_issue14_theMoveEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = api.lees("/api/v1/openapi.json");
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode paden = doc.get("paths");
        for (String pad : new String[] {"/api/v1/zaken/{zaakId}/verhuizing",
                "/api/v1/verhuizingen/{verhuizingId}/acceptatie", "/api/v1/verhuizingen/{verhuizingId}/weigering"}) {
            assertThat(paden.at("/" + pad.replace("/", "~1") + "/post/summary").asString()).contains("issue 14");
        }
        assertThat(paden.at("/~1api~1v1~1verhuizingen/get/summary").asString()).contains("wachten");
    }

    private String geaccepteerdeZaakMetRegisseur() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        HttpResponse<String> acceptatie = als(vlaardingen, "POST", "/api/v1/zaken/" + zaakId + "/acceptatie", """
                {"team": "Westwijk", "medewerker": %s,
                 "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678", "organisatie": "Minters"}}"""
                .formatted(FATIMA));
        assertThat(acceptatie.statusCode()).as(acceptatie.body()).isEqualTo(200);
        return zaakId;
    }

    private HttpResponse<String> als(String token, String methode, String pad, String body) throws Exception {
        return Toegangsmatrix.als(port, token, methode, pad, body);
    }

    private static String aanmelding(String gemeente, String toestemming, String reden, LocalDate op) {
        return """
                {"naarGemeente": "%s", "naarTeam": null, "verhuisdOp": "%s", "toestemming": "%s",
                 "redenZonderToestemming": %s, "toelichting": "%s", "medewerker": %s}"""
                .formatted(gemeente, op, toestemming, reden == null ? "null" : "\"" + reden + "\"", TOELICHTING,
                        FATIMA);
    }

    private static String acceptatie(LocalDate warmeOverdrachtOp) {
        return """
                {"team": "Centrum", "warmeOverdrachtOp": "%s",
                 "regisseur": {"naam": "Anouk Bakker", "telefoon": "010-5556677", "organisatie": "Wijkteam Schiedam"},
                 "medewerker": {"naam": "Anouk Bakker"}}""".formatted(warmeOverdrachtOp);
    }

    private static boolean bevat(JsonNode lijst, String verhuizingId) {
        return lijst != null && vind(lijst, verhuizingId) != null;
    }

    private static JsonNode vind(JsonNode lijst, String verhuizingId) {
        for (JsonNode verhuizing : lijst) {
            if (verhuizingId.equals(verhuizing.get("verhuizingId").asString())) {
                return verhuizing;
            }
        }
        return null;
    }

    private static boolean bevatZaak(HttpResponse<String> werkvoorraad, String zaakId) {
        return werkvoorraad.statusCode() == 200 && werkvoorraad.body().contains(zaakId);
    }

    /** The one published event of this type for the zaak, valid by its schema and without names or texts. */
    private JsonNode gepubliceerd(String naam, String zaakId) {
        ConsumerRecord<String, byte[]> record = api.records(TYPE + naam + ".v1", zaakId, 1).get(0);
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId + "/verhuizingen");
        EventContract.assertValid(naam + ".v1", record.value());
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Anouk", "010-",
                "zus", "Vader", "Onbekend op het adres");
        return JSON.readTree(event.data());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
