package nl.veiligthuis.keten.monitoring.toegang;

import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.URI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 2, the data-level half: a gezin's timeline and state are read by the organisations involved with it
 * (Veilig Thuis of its regio by the melding, the wijkteam once it accepted the zaak) and the inspecteur; any other
 * organisation gets the same 404 as for an unknown gezin.
 */
class WerkgebiedIntegrationTest extends MonitoringIntegratieBasis {

    @Test
    void issue13_aGezinsTimelineIsReadOnlyByTheOrganisationsInvolved() throws Exception {
        String gezinId = uuid();
        String tijdlijn = "/api/v1/gezinnen/" + gezinId + "/tijdlijn";
        String utrecht = DevToken.voor("Veilig Thuis Utrecht", "VEILIG_THUIS_MEDEWERKER", "test-vt-utrecht");

        send(KetenTopics.MELDING, meldingOntvangen(gezinId, klok.instant()));
        await().atMost(MAX).until(() -> als(Testtokens.vtMedewerker(), tijdlijn).statusCode() == 200);
        String onbekend = uuid();
        Toegangsmatrix.assertZelfdeAlsOnbekend(als(utrecht, tijdlijn), gezinId,
                als(utrecht, "/api/v1/gezinnen/" + onbekend + "/tijdlijn"), onbekend);
        // R20: refused as unknown, but recorded as the attempt on this gezin that it was
        Toegangsmatrix.assertGelogd(port, gezinId, "GET /api/v1/gezinnen/{gezinId}/tijdlijn", "Veilig Thuis Utrecht",
                "BUITEN_WERKGEBIED");
        assertThat(als(utrecht, "/api/v1/gezinnen/" + gezinId + "/toestand").statusCode()).isEqualTo(404);
        assertThat(als(Testtokens.inspecteur(), tijdlijn).statusCode()).isEqualTo(200);
        // R20: the inspection's CSV export names no gezin in JSON, yet every exported gezin's overview shows it
        var csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/toetsingen")).header("Accept", "text/csv")
                .header("Authorization", Testtokens.bearer(Testtokens.inspecteur())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(gezinId);
        Toegangsmatrix.assertGelogd(port, gezinId, "GET /api/v1/toetsingen", Testtokens.INSPECTIE, "TOEGESTAAN");

        // the wijkteam reads once it accepted the zaak, not before
        assertThat(als(Testtokens.wijkteammedewerker(), tijdlijn).statusCode()).isEqualTo(404);
        send(KetenTopics.WIJKTEAM, overdrachtGeaccepteerd(gezinId, uuid(), Testtokens.WIJKTEAM));
        await().atMost(MAX).until(() -> als(Testtokens.wijkteammedewerker(), tijdlijn).statusCode() == 200);
    }

    @Test
    void issue13_withinTheWijkteamATeamReadsTheGezinnenOfItsOwnZaken() throws Exception {
        String gezinId = uuid();
        String tijdlijn = "/api/v1/gezinnen/" + gezinId + "/tijdlijn";
        String noord = DevToken.voorTeam(Testtokens.WIJKTEAM, "WIJKTEAMMEDEWERKER", "Noord", "test-wt-noord");
        String zuid = DevToken.voorTeam(Testtokens.WIJKTEAM, "WIJKTEAMMEDEWERKER", "Zuid", "test-wt-zuid");
        String teamleiderZuid = DevToken.voorTeam(Testtokens.WIJKTEAM, "TEAMLEIDER", "Zuid", "test-tl-zuid");

        send(KetenTopics.WIJKTEAM, overdrachtGeaccepteerd(gezinId, uuid(), Testtokens.WIJKTEAM, "Noord"));
        await().atMost(MAX).until(() -> als(noord, tijdlijn).statusCode() == 200);
        // another team of the same gemeente: as for an unknown gezin, and in the gezin's log as the attempt it was
        String onbekend = uuid();
        Toegangsmatrix.assertZelfdeAlsOnbekend(als(zuid, tijdlijn), gezinId,
                als(zuid, "/api/v1/gezinnen/" + onbekend + "/tijdlijn"), onbekend);
        assertThat(als(teamleiderZuid, "/api/v1/gezinnen/" + gezinId + "/toestand").statusCode()).isEqualTo(404);
        // a token without a team is the whole wijkteam's
        assertThat(als(Testtokens.wijkteammedewerker(), tijdlijn).statusCode()).isEqualTo(200);

        // a team that registers its involvement itself (R18) opens the gezin to that team, not to the whole wijkteam
        String geregistreerd = uuid();
        assertThat(Toegangsmatrix.als(port, noord, "POST", "/api/v1/betrokkenheden", """
                {"gezinId": "%s", "reden": "ZORGEN_OVER_VEILIGHEID"}""".formatted(geregistreerd)).statusCode())
                .isEqualTo(201);
        String betrokkenen = "/api/v1/gezinnen/" + geregistreerd + "/betrokkenheid";
        await().atMost(MAX).until(() -> als(noord, betrokkenen).statusCode() == 200);
        assertThat(als(zuid, betrokkenen).statusCode()).isEqualTo(404);
        assertThat(als(Testtokens.wijkteammedewerker(), betrokkenen).statusCode()).isEqualTo(200);

        // team Zuid takes on a zaak of the gezin too: both teams read it, and the first keeps what was its own
        send(KetenTopics.WIJKTEAM, overdrachtGeaccepteerd(gezinId, uuid(), Testtokens.WIJKTEAM, "Zuid"));
        await().atMost(MAX).until(() -> als(zuid, tijdlijn).statusCode() == 200);
        assertThat(als(noord, tijdlijn).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> als(String token, String pad) throws Exception {
        return Toegangsmatrix.als(port, token, "GET", pad, null);
    }
}
