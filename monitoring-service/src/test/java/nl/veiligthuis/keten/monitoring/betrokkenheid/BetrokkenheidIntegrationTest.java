package nl.veiligthuis.keten.monitoring.betrokkenheid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Which organisations are involved with a gezin (R18) on the running service, with bearer tokens. */
class BetrokkenheidIntegrationTest extends MonitoringIntegratieBasis {

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

        // a school registers: the organisation is the token's; naming one in the body is refused, an unknown field
        // like any other (issue 13 point 8)
        var metOrganisatie = post("/api/v1/betrokkenheden", """
                {"gezinId": "%s", "persoonId": "%s", "reden": "SCHOOLVERZUIM", "organisatie": "Iemand anders"}"""
                .formatted(gezinId, kind), school);
        assertThat(metOrganisatie.statusCode()).isEqualTo(400);
        assertThat(metOrganisatie.body()).contains("\"organisatie\"");
        var registratie = post("/api/v1/betrokkenheden", """
                {"gezinId": "%s", "persoonId": "%s", "reden": "SCHOOLVERZUIM"}"""
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
    void r10_r18_aWijkteamWithTwoZakenOfTheGezinAfterASplitStaysInvolvedUntilTheLastCloses() throws Exception {
        // issue 14 point 4: the team split a handover off into a zaak of its own, with a reason; both run at once
        String gezinId = uuid();
        String wijkteamOrganisatie = "Wijkteam Vlaardingen " + uuid().substring(0, 8);
        String wijkteam = DevToken.voor(wijkteamOrganisatie, "WIJKTEAMMEDEWERKER");
        String pad = "/api/v1/gezinnen/" + gezinId + "/betrokkenheid";
        String eersteZaak = uuid();
        String afgesplitst = uuid();
        send(KetenTopics.WIJKTEAM, overdrachtGeaccepteerd(gezinId, eersteZaak, wijkteamOrganisatie));
        send(KetenTopics.WIJKTEAM, overdrachtGeaccepteerd(gezinId, afgesplitst, wijkteamOrganisatie));
        await().atMost(MAX).until(() -> get(pad, wijkteam).statusCode() == 200);

        // the split-off zaak closes (told once per handover it held: twice); the first zaak still runs
        send(KetenTopics.WIJKTEAM, zaakAfgesloten(gezinId, afgesplitst, wijkteamOrganisatie));
        send(KetenTopics.WIJKTEAM, zaakAfgesloten(gezinId, afgesplitst, wijkteamOrganisatie));
        await().atMost(MAX).until(() -> jdbc.queryForObject("SELECT cardinality(lopende_zaken) FROM "
                + "ketenbetrokkenheid WHERE gezin_id = ? AND organisatie = ?", Integer.class, gezinId,
                wijkteamOrganisatie) == 1);
        assertThat(get(pad, wijkteam).statusCode()).isEqualTo(200);

        send(KetenTopics.WIJKTEAM, zaakAfgesloten(gezinId, eersteZaak, wijkteamOrganisatie));
        await().atMost(MAX).until(() -> get(pad, wijkteam).statusCode() == 404);
    }

    @Test
    void r18_issue14_afterAMoveTheWijkteamThatTookTheZaakOverIsInvolvedAndTheOneItLeftNoLonger() throws Exception {
        // issue 14 point 10: a zaak of Vlaardingen moved with its gezin to Schiedam
        String gezinId = uuid();
        String zaakId = uuid();
        String van = "Wijkteam Vlaardingen " + uuid().substring(0, 8);
        String naar = "Wijkteam Schiedam " + uuid().substring(0, 8);
        String pad = "/api/v1/gezinnen/" + gezinId + "/tijdlijn";
        send(KetenTopics.WIJKTEAM, overdrachtGeaccepteerd(gezinId, zaakId, van, "Westwijk"));
        await().atMost(MAX).until(() -> get(pad, DevToken.voor(van, "WIJKTEAMMEDEWERKER")).statusCode() == 200);
        assertThat(get(pad, DevToken.voor(naar, "WIJKTEAMMEDEWERKER")).statusCode()).isEqualTo(404);

        send(KetenTopics.WIJKTEAM, wijkteamEvent("zaak-verhuisd", gezinId, zaakId, naar, "overgedragenOp"));
        await().atMost(MAX).until(() -> get(pad, DevToken.voor(naar, "WIJKTEAMMEDEWERKER")).statusCode() == 200);
        // the wijkteam it left keeps reading the history that was its own, but is no longer involved now (R18)
        assertThat(get(pad, DevToken.voor(van, "WIJKTEAMMEDEWERKER")).statusCode()).isEqualTo(200);
        String betrokkenheid = "/api/v1/gezinnen/" + gezinId + "/betrokkenheid";
        assertThat(get(betrokkenheid, DevToken.voor(van, "WIJKTEAMMEDEWERKER")).statusCode()).isEqualTo(404);
        JsonNode betrokken = JSON.readTree(get(betrokkenheid, DevToken.voor(naar, "WIJKTEAMMEDEWERKER")).body());
        assertThat(betrokken.get("betrokkenheden").toString()).contains(naar);
        // the team the sample names took it over; another team of Schiedam does not see it
        assertThat(get(pad, DevToken.voorTeam(naar, "WIJKTEAMMEDEWERKER", "Centrum", "t-1")).statusCode())
                .isEqualTo(200);
        assertThat(get(pad, DevToken.voorTeam(naar, "WIJKTEAMMEDEWERKER", "Noord", "t-2")).statusCode())
                .isEqualTo(404);
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

    private List<String> matchIds(String token) throws Exception {
        var response = get("/api/v1/betrokkenheden/matches", token);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("matches").forEach(m -> ids.add(m.get("gezinId").asString()));
        return ids;
    }
}
