package nl.veiligthuis.keten.wijkteam.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 2, the data-level half: a wijkteam sees and changes only the zaken of its own gemeente, and a
 * professional whose token names a team only that team's. What lies outside gets the same 404 as what does not exist,
 * and changes nothing.
 */
class WerkgebiedIntegrationTest extends WijkteamKetenBasis {

    private final String houten = DevToken.voor("Wijkteam Houten", "WIJKTEAMMEDEWERKER", "test-wt-houten");
    private final String teamleiderHouten = DevToken.voor("Wijkteam Houten", "TEAMLEIDER", "test-tl-houten");

    @Test
    void issue13_aWijkteamOfAnotherGemeenteLearnsNothingOfAZaak() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);
        String pad = "/api/v1/zaken/" + zaakId;

        String onbekendId = UUID.randomUUID().toString();
        Toegangsmatrix.assertZelfdeAlsOnbekend(als(houten, "GET", pad, null), zaakId,
                als(houten, "GET", "/api/v1/zaken/" + onbekendId, null), onbekendId);
        // R20: refused as unknown, but recorded as the attempt on this gezin that it was
        Toegangsmatrix.assertGelogd(port, gezinId, "GET /api/v1/zaken/{zaakId}", "Wijkteam Houten",
                "BUITEN_WERKGEBIED");
        assertThat(als(Testtokens.wijkteammedewerker(), "GET", pad, null).statusCode()).isEqualTo(200);
        assertThat(als(Testtokens.teamleider(), "GET", pad + "/intake", null).statusCode()).isEqualTo(200);
        assertThat(als(Testtokens.inspecteur(), "GET", pad, null).statusCode()).isEqualTo(200);

        // a change from another gemeente is refused the same way and changes nothing
        assertThat(als(houten, "POST", pad + "/acceptatie",
                "{\"team\": \"Centrum\", \"medewerker\": {\"naam\": \"X\"}}").statusCode()).isEqualTo(404);
        assertThat(als(teamleiderHouten, "POST", pad + "/afsluiting/beoordeling",
                "{\"besluit\": \"GOEDGEKEURD\", \"teamleider\": {\"naam\": \"X\"}}").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get(pad).body()).get("status").asString()).isEqualTo("OVERDRACHT_ONTVANGEN");

        // the gezin's zaken and the gemeente's worklist likewise
        // a gezin's zaken elsewhere are the empty list of an unknown gezin
        HttpResponse<String> zakenVanGezin = als(houten, "GET", "/api/v1/zaken?gezinId=" + gezinId, null);
        assertThat(zakenVanGezin.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(zakenVanGezin.body()).isEmpty()).isTrue();
        assertThat(JSON.readTree(als(Testtokens.wijkteammedewerker(), "GET", "/api/v1/zaken?gezinId=" + gezinId, null)
                .body()).size()).isEqualTo(1);
        assertThat(als(houten, "GET", "/api/v1/werkvoorraad?gemeente=Vlaardingen", null).statusCode()).isEqualTo(404);
        assertThat(als(houten, "GET", "/api/v1/werkvoorraad?gemeente=Houten", null).statusCode()).isEqualTo(200);
        assertThat(als(Testtokens.wijkteammedewerker(), "GET", "/api/v1/werkvoorraad?gemeente=vlaardingen", null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void issue13_aTeamSeesItsOwnZakenAndThoseNoTeamAcceptedYet() throws Exception {
        String westwijk = DevToken.voorTeam(Testtokens.WIJKTEAM, "WIJKTEAMMEDEWERKER", "Westwijk", "test-wt-west");
        String oostwijk = DevToken.voorTeam(Testtokens.WIJKTEAM, "WIJKTEAMMEDEWERKER", "Oostwijk", "test-wt-oost");
        String teamleiderOost = DevToken.voorTeam(Testtokens.WIJKTEAM, "TEAMLEIDER", "Oostwijk", "test-tl-oost");
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);
        String pad = "/api/v1/zaken/" + zaakId;

        // not yet accepted: every team of the gemeente sees it, and may take it only into its own team
        assertThat(als(oostwijk, "GET", pad, null).statusCode()).isEqualTo(200);
        HttpResponse<String> anderTeam = als(oostwijk, "POST", pad + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"X\"}}");
        assertThat(anderTeam.statusCode()).as(anderTeam.body()).isEqualTo(400);
        assertThat(JSON.readTree(anderTeam.body()).at("/invalidParams/0/name").asString()).isEqualTo("team");
        assertThat(als(westwijk, "POST", pad + "/acceptatie",
                "{\"team\": \"westwijk\", \"medewerker\": {\"naam\": \"Y\"}}").statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> JSON.readTree(get(pad).body()).get("team").asString(), "westwijk"::equals);

        // accepted by Westwijk: Oostwijk learns nothing of it, as if it did not exist, and changes nothing
        String onbekendId = UUID.randomUUID().toString();
        Toegangsmatrix.assertZelfdeAlsOnbekend(als(oostwijk, "GET", pad, null), zaakId,
                als(oostwijk, "GET", "/api/v1/zaken/" + onbekendId, null), onbekendId);
        Toegangsmatrix.assertGelogd(port, gezinId, "GET /api/v1/zaken/{zaakId}", Testtokens.WIJKTEAM,
                "BUITEN_WERKGEBIED");
        assertThat(JSON.readTree(als(Testtokens.inspecteur(), "GET", "/api/v1/toegangslog?gezinId=" + gezinId, null)
                .body()).findValuesAsString("rol")).contains("WIJKTEAMMEDEWERKER team=Oostwijk");
        assertThat(als(oostwijk, "GET", pad + "/intake", null).statusCode()).isEqualTo(404);
        assertThat(als(teamleiderOost, "POST", pad + "/afsluiting/beoordeling",
                "{\"besluit\": \"GOEDGEKEURD\", \"teamleider\": {\"naam\": \"X\"}}").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(als(oostwijk, "GET", "/api/v1/zaken?gezinId=" + gezinId, null).body()).isEmpty())
                .isTrue();
        assertThat(zaakIds(JSON.readTree(als(oostwijk, "GET", "/api/v1/werkvoorraad?gemeente=Vlaardingen", null)
                .body()))).doesNotContain(zaakId);
        assertThat(als(oostwijk, "GET", "/api/v1/werkvoorraad?gemeente=Vlaardingen&team=Westwijk", null)
                .statusCode()).isEqualTo(404);

        // Westwijk, and a professional of the whole gemeente (no team claim), see and work it
        assertThat(als(westwijk, "GET", pad + "/intake", null).statusCode()).isEqualTo(200);
        assertThat(zaakIds(JSON.readTree(als(westwijk, "GET", "/api/v1/werkvoorraad?gemeente=Vlaardingen", null)
                .body()))).contains(zaakId);
        assertThat(als(Testtokens.wijkteammedewerker(), "GET", pad, null).statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(als(Testtokens.wijkteammedewerker(), "GET", "/api/v1/zaken?gezinId=" + gezinId,
                null).body()).size()).isEqualTo(1);
    }

    private HttpResponse<String> als(String token, String methode, String pad, String body) throws Exception {
        return Toegangsmatrix.als(port, token, methode, pad, body);
    }
}
