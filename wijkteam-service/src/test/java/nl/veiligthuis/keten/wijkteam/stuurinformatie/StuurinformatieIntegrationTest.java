package nl.veiligthuis.keten.wijkteam.stuurinformatie;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 14 (001: the caseload "niet consequent" addressed): per team and per casusregisseur the open zaken,
 * the terms met and missed, the instruments used and the signals open, over REST and as metrics per team.
 */
class StuurinformatieIntegrationTest extends WijkteamIntegratieBasis {

    private static final String MEDEWERKER = "{\"naam\": \"Fatima el Amrani\"}";

    @Test
    void issue14_theTeamleiderSeesPerTeamAndCasusregisseurTheOpenZakenTermsInstrumentsAndSignals() throws Exception {
        String team = "Team-" + UUID.randomUUID().toString().substring(0, 8);
        String regisseur = "Regisseur " + UUID.randomUUID().toString().substring(0, 8);
        // zaak 1: a casusregisseur, an unsafe child judged with LIRIK, the procesbespreking held on time
        String zaak1 = api.openZaak(UUID.randomUUID().toString());
        accepteer(zaak1, team, regisseur);
        String kind = api.ok("/api/v1/zaken/" + zaak1 + "/gezinsleden", """
                {"rol": "KIND", "medewerker": %s}""".formatted(MEDEWERKER)).get("lidId").asString();
        api.ok("/api/v1/zaken/" + zaak1 + "/gezinsleden/" + kind + "/veiligheidsinschattingen", """
                {"instrument": "LIRIK", "oordeel": "ONVEILIG", "onderbouwing": "klappen", "medewerker": %s}"""
                .formatted(MEDEWERKER));
        api.ok("/api/v1/zaken/" + zaak1 + "/procesbespreking", """
                {"gehoudenOp": "%s", "uitkomst": "voortgang", "medewerker": %s}"""
                .formatted(Instant.now(), MEDEWERKER));
        // zaak 2: no casusregisseur, its procesbespreking's term passed without it being held
        String zaak2 = api.openZaak(UUID.randomUUID().toString());
        accepteer(zaak2, team, null);
        await().atMost(LANG).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM procesbespreking WHERE zaak_id IN (?, ?)", Integer.class, zaak1, zaak2) == 2);
        // the read models as their projections would have them, put in here; restored after, so a herbouw of the
        // group (another test of this context) finds them as the events make them
        try {
            jdbc.update("UPDATE procesbespreking SET verstreken_op = now() WHERE zaak_id = ?", zaak2);
            // zaak 1's veiligheidsplan: one evaluation on time, one late, one moment missed (as its projection keeps them)
            for (int i = 1; i <= 2; i++) {
                jdbc.update("INSERT INTO veiligheidsplan_evaluatie (zaak_id, volgnummer, versie, vergelijking, "
                        + "afspraken_nagekomen, geevalueerd_op, volgende_evaluatie_op, op_tijd, medewerker_naam) "
                        + "VALUES (?, ?, 1, '[]', true, now(), now(), ?, 'x')", zaak1, 1000 + i, i == 1);
            }
            jdbc.update("INSERT INTO veiligheidsplan_gemiste_evaluatie (zaak_id, versie, gepland_op, vastgesteld_op) "
                    + "VALUES (?, 1, now(), now())", zaak1);

            JsonNode cijfers = await().atMost(LANG).until(() -> teamCijfers(api.lees(
                    "/api/v1/stuurinformatie?gemeente=Vlaardingen&team=" + team), team),
                    c -> c != null && c.at("/termijnen/procesbesprekingOpTijd").asInt() == 1
                            && c.at("/instrumenten/LIRIK").asInt() == 1);
            assertThat(cijfers.get("openZaken").asInt()).isEqualTo(2);
            assertThat(cijfers.get("zonderRegisseur").asInt()).isEqualTo(1);
            assertThat(cijfers.get("wachtOpAcceptatie").asInt()).isZero();
            assertThat(cijfers.at("/termijnen/procesbesprekingVerstreken").asInt()).isEqualTo(1);
            assertThat(cijfers.at("/termijnen/procesbesprekingTeLaat").asInt()).isZero();
            assertThat(cijfers.at("/termijnen/evaluatiesOpTijd").asInt()).isEqualTo(1);
            assertThat(cijfers.at("/termijnen/evaluatiesTeLaat").asInt()).isEqualTo(1);
            assertThat(cijfers.at("/termijnen/evaluatiesGemist").asInt()).isEqualTo(1);
            assertThat(cijfers.at("/signalen/GEEN_REGISSEUR").asInt()).isEqualTo(1);
            assertThat(cijfers.at("/signalen/ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN").asInt()).isEqualTo(1);
            assertThat(cijfers.at("/signalen/GEEN_ONDERSTEUNINGSPLAN").asInt()).isEqualTo(2);

            JsonNode perRegisseur = regisseurCijfers(api.lees("/api/v1/stuurinformatie?gemeente=Vlaardingen&team=" + team),
                    regisseur);
            assertThat(perRegisseur.get("openZaken").asInt()).isEqualTo(1);
            assertThat(perRegisseur.at("/instrumenten/LIRIK").asInt()).isEqualTo(1);
            assertThat(perRegisseur.at("/termijnen/procesbesprekingOpTijd").asInt()).isEqualTo(1);
            assertThat(perRegisseur.at("/signalen/GEEN_REGISSEUR").isMissingNode()).isTrue();

            // as metrics per team, never per casusregisseur (Prometheus sorts the labels)
            String gemeente = "gemeente=\"Vlaardingen\"";
            String teamLabel = "team=\"" + team + "\"";
            List<String> verwacht = List.of(
                    "keten_wijkteam_zaken_open{" + gemeente + "," + teamLabel + "} 2.0",
                    "keten_wijkteam_veiligheidsinschattingen{" + gemeente + ",instrument=\"LIRIK\"," + teamLabel
                            + "} 1.0",
                    "keten_wijkteam_signalen_open{" + gemeente + ",signaal=\"GEEN_REGISSEUR\"," + teamLabel + "} 1.0",
                    "keten_wijkteam_termijnen{" + gemeente + "," + teamLabel
                            + ",termijn=\"procesbespreking\",uitkomst=\"verstreken\"} 1.0",
                    "keten_wijkteam_termijnen{" + gemeente + "," + teamLabel
                            + ",termijn=\"evaluatie_veiligheidsplan\",uitkomst=\"gemist\"} 1.0");
            String metrics = await().atMost(LANG).until(this::prometheus,
                    m -> verwacht.stream().allMatch(m::contains));
            assertThat(metrics).doesNotContain(regisseur);
        } finally {
            jdbc.update("UPDATE procesbespreking SET verstreken_op = NULL WHERE zaak_id = ?", zaak2);
            jdbc.update("DELETE FROM veiligheidsplan_evaluatie WHERE zaak_id = ? AND volgnummer > 1000", zaak1);
            jdbc.update("DELETE FROM veiligheidsplan_gemiste_evaluatie WHERE zaak_id = ?", zaak1);
        }

        // closed or returned zaken leave the figures
        assertThat(api.post("/api/v1/zaken/" + zaak2 + "/terugmelding", """
                {"reden": "ONVOLDOENDE_MIDDELEN", "toelichting": "geen aanbod", "medewerker": %s}"""
                .formatted(MEDEWERKER)).statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> teamCijfers(api.lees(
                "/api/v1/stuurinformatie?gemeente=Vlaardingen&team=" + team), team).get("openZaken").asInt() == 1);
    }

    @Test
    void issue14_steeringIsTheTeamleidersAndATeamsLeaderSeesOnlyTheirTeam() throws Exception {
        assertThat(invalidParams(api.get("/api/v1/stuurinformatie"))).containsExactly("gemeente");
        assertThat(als(Testtokens.wijkteammedewerker(), "/api/v1/stuurinformatie?gemeente=Vlaardingen").statusCode())
                .isEqualTo(403);
        assertThat(als(Testtokens.inspecteur(), "/api/v1/stuurinformatie?gemeente=Vlaardingen").statusCode())
                .isEqualTo(200);
        // another gemeente's wijkteam learns nothing of Vlaardingen
        String houten = DevToken.voor("Wijkteam Houten", "TEAMLEIDER", "test-tl-houten");
        assertProblem(als(houten, "/api/v1/stuurinformatie?gemeente=Vlaardingen"), 404);
        // a zaak of Westwijk, accepted as WESTWIJK: one team, whatever the capitals, as the worklist compares them
        String klein = api.openZaak(UUID.randomUUID().toString());
        String groot = api.openZaak(UUID.randomUUID().toString());
        accepteer(klein, "Westwijk", null);
        accepteer(groot, "WESTWIJK", null);
        // the read model follows the acceptances: await both in the worklist, then one team in the figures
        await().atMost(LANG).until(() -> api.lees("/api/v1/zaken/" + groot).get("team").asString(""),
                "WESTWIJK"::equals);
        await().atMost(LANG).until(() -> api.lees("/api/v1/zaken/" + klein).get("team").asString(""),
                "Westwijk"::equals);
        JsonNode alle = api.lees("/api/v1/stuurinformatie?gemeente=vlaardingen");
        List<String> westwijk = new java.util.ArrayList<>();
        alle.get("teams").forEach(team -> {
            if ("westwijk".equalsIgnoreCase(team.get("team").asString(""))) {
                westwijk.add(team.get("team").asString());
            }
        });
        assertThat(westwijk).hasSize(1);
        // a leader whose token names a team gets that team's figures (with the handovers no team accepted yet), and
        // 404 for another team
        api.openZaak(UUID.randomUUID().toString());
        String oost = DevToken.voorTeam(Testtokens.WIJKTEAM, "TEAMLEIDER", "Oostwijk", "test-tl-oost");
        JsonNode eigen = JSON.readTree(als(oost, "/api/v1/stuurinformatie?gemeente=Vlaardingen").body());
        assertThat(eigen.get("team").asString()).isEqualTo("Oostwijk");
        assertThat(eigen.get("teams")).isNotEmpty();
        for (JsonNode team : eigen.get("teams")) {
            assertThat(team.get("team").isNull() || "Oostwijk".equals(team.get("team").asString()))
                    .as(team.toString()).isTrue();
        }
        assertProblem(als(oost, "/api/v1/stuurinformatie?gemeente=Vlaardingen&team=Westwijk"), 404);
    }

    private HttpResponse<String> als(String token, String pad) throws Exception {
        return HttpClient.newHttpClient().send(Testtokens.verzoek(URI.create("http://localhost:" + port + pad), token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String prometheus() throws Exception {
        return api.get("/actuator/prometheus").body();
    }

    private void accepteer(String zaakId, String team, String regisseur) throws Exception {
        String metRegisseur = regisseur == null ? "" : """
                , "regisseur": {"naam": "%s", "telefoon": "010-2345678", "organisatie": "Minters"}""".formatted(regisseur);
        var antwoord = api.post("/api/v1/zaken/" + zaakId + "/acceptatie", """
                {"team": "%s", "medewerker": %s%s}""".formatted(team, MEDEWERKER, metRegisseur));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    }

    private static JsonNode teamCijfers(JsonNode stuurinformatie, String team) {
        for (JsonNode perTeam : stuurinformatie.get("teams")) {
            if (team.equals(perTeam.get("team").asString(""))) {
                return perTeam.get("cijfers");
            }
        }
        return null;
    }

    private static JsonNode regisseurCijfers(JsonNode stuurinformatie, String regisseur) {
        for (JsonNode per : stuurinformatie.get("casusregisseurs")) {
            if (regisseur.equals(per.get("casusregisseur").asString())) {
                return per.get("cijfers");
            }
        }
        throw new AssertionError("geen casusregisseur " + regisseur + " in " + stuurinformatie);
    }
}
