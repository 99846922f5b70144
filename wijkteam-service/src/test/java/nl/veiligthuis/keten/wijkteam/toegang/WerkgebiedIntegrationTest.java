package nl.veiligthuis.keten.wijkteam.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 point 2, the data-level half: a wijkteam sees and changes only the zaken of its own gemeente. What lies
 * outside gets the same 404 as what does not exist, and changes nothing.
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

    private HttpResponse<String> als(String token, String methode, String pad, String body) throws Exception {
        return Toegangsmatrix.als(port, token, methode, pad, body);
    }
}
