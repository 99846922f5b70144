package nl.veiligthuis.keten.triage.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 point 2, the data-level half: a Veilig Thuis medewerker sees and changes only the triages of the own regio.
 * What lies outside gets the same 404 as what does not exist, and changes nothing.
 */
class WerkgebiedIntegrationTest extends TriageKetenBasis {

    private static final String RIJNMOND = "Veilig Thuis Rotterdam Rijnmond";
    private final String utrecht = DevToken.voor("Veilig Thuis Utrecht", "VEILIG_THUIS_MEDEWERKER", "test-vt-utrecht");

    @Test
    void issue13_aVeiligThuisMedewerkerOfAnotherRegioLearnsNothingOfATriage() throws Exception {
        // acuut onveilig: Veilig Thuis holds zicht op veiligheid from receipt (R2)
        Melding melding = meldingOntvangen(klok.instant(), true);
        JsonNode triage = awaitTriage(melding.meldingId());
        awaitZichtBijVeiligThuis(melding.gezinId());
        String pad = "/api/v1/triages/" + melding.meldingId();

        HttpResponse<String> buiten = als(utrecht, "GET", pad, null);
        String onbekendId = UUID.randomUUID().toString();
        Toegangsmatrix.assertZelfdeAlsOnbekend(buiten, melding.meldingId(),
                als(utrecht, "GET", "/api/v1/triages/" + onbekendId, null), onbekendId);
        // R20: refused as unknown, but recorded as the attempt on this gezin that it was
        Toegangsmatrix.assertGelogd(port, melding.gezinId(), "GET /api/v1/triages/{meldingId}", "Veilig Thuis Utrecht",
                "BUITEN_WERKGEBIED");
        assertThat(als(Testtokens.vtMedewerker(), "GET", pad, null).statusCode()).isEqualTo(200);
        assertThat(als(Testtokens.inspecteur(), "GET", pad, null).statusCode()).isEqualTo(200);

        // a change from outside the regio is refused the same way and changes nothing
        HttpResponse<String> start = als(utrecht, "POST", pad + "/start", "{\"triagist\": {\"naam\": \"X\"}}");
        assertThat(start.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get(pad).body()).get("status").asString())
                .isEqualTo(triage.get("status").asString());

        // the gezin's zicht op veiligheid: outside the regio the answer for a gezin nobody knows
        String zicht = "/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid";
        JsonNode buitenZicht = JSON.readTree(als(utrecht, "GET", zicht, null).body());
        assertThat(buitenZicht.get("houder").isNull()).isTrue();
        assertThat(buitenZicht.get("geschiedenis")).isEmpty();
        JsonNode eigenZicht = JSON.readTree(als(Testtokens.vtMedewerker(), "GET", zicht, null).body());
        assertThat(eigenZicht.get("geschiedenis")).isNotEmpty();
        // and the regio's worklist is the regio's; the waiting lists (counts) are every reader's
        assertThat(als(utrecht, "GET", "/api/v1/wachtlijsten", null).statusCode()).isEqualTo(200);
        String werkvoorraad = "/api/v1/werkvoorraad?regio=" + URLEncoder.encode(RIJNMOND, StandardCharsets.UTF_8);
        assertThat(als(utrecht, "GET", werkvoorraad, null).statusCode()).isEqualTo(404);
        // neither an encoded letter nor a reason for emergency access opens another regio's worklist
        assertThat(als(utrecht, "GET", werkvoorraad.replace("werkvoorraad", "werkvoorr%61ad"), null).statusCode())
                .isEqualTo(404);
        var metNoodtoegang = HttpRequest.newBuilder(URI.create("http://localhost:" + port + werkvoorraad))
                .header("Authorization", Testtokens.bearer(utrecht))
                .header("Noodtoegang", "Crisisdienst: acute melding van de politie").build();
        assertThat(HttpClient.newHttpClient().send(metNoodtoegang, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);
        assertThat(als(Testtokens.vtMedewerker(), "GET", werkvoorraad, null).statusCode()).isEqualTo(200);
    }

    @Test
    void issue13_aHandoverPackageIsTheAcceptingTeamsAndTheWholeGemeentes() throws Exception {
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "E. Visser", "telefoon": "010-3334445"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach",
                 "toestemming": {"gegeven": true}}""");
        String overdrachtId = JSON.readTree(besluit.body()).get("overdrachtId").asString();
        String pad = "/api/v1/overdrachten/" + overdrachtId;
        String westwijk = DevToken.voorTeam(Testtokens.WIJKTEAM, "WIJKTEAMMEDEWERKER", "Westwijk", "test-wt-west");
        String oostwijk = DevToken.voorTeam(Testtokens.WIJKTEAM, "WIJKTEAMMEDEWERKER", "Oostwijk", "test-wt-oost");
        // not yet accepted: every team of the gemeente may read it to decide
        await().atMost(Duration.ofSeconds(20)).until(() -> als(oostwijk, "GET", pad, null).statusCode() == 200);

        wijkteamEvent("overdracht-geaccepteerd", melding.gezinId(), """
                {"zaakId": "%s", "overdrachtId": "%s", "gezinId": "%s", "geaccepteerdOp": "%s", "team": "Westwijk",
                 "actor": {"rol": "WIJKTEAMMEDEWERKER", "organisatie": "Wijkteam Vlaardingen"}}"""
                .formatted(UUID.randomUUID(), overdrachtId, melding.gezinId(), klok.instant()));
        // accepted by Westwijk: another team learns nothing of it, Westwijk and the whole gemeente read it
        String onbekend = "/api/v1/overdrachten/" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(20)).until(() -> als(oostwijk, "GET", pad, null).statusCode() == 404);
        Toegangsmatrix.assertZelfdeAlsOnbekend(als(oostwijk, "GET", pad, null), overdrachtId,
                als(oostwijk, "GET", onbekend, null), onbekend.substring(onbekend.lastIndexOf('/') + 1));
        Toegangsmatrix.assertGelogd(port, melding.gezinId(), "GET /api/v1/overdrachten/{overdrachtId}",
                Testtokens.WIJKTEAM, "BUITEN_WERKGEBIED");
        assertThat(als(westwijk, "GET", pad, null).statusCode()).isEqualTo(200);
        assertThat(als(Testtokens.wijkteammedewerker(), "GET", pad, null).statusCode()).isEqualTo(200);
        assertThat(als(Testtokens.vtMedewerker(), "GET", pad, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> als(String token, String methode, String pad, String body) throws Exception {
        return Toegangsmatrix.als(port, token, methode, pad, body);
    }
}
