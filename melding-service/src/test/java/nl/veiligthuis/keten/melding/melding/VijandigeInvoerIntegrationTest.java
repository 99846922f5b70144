package nl.veiligthuis.keten.melding.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 point 8: hostile input gets a clear problem+json, in Dutch, and changes nothing: an oversized body, malformed
 * JSON, wrong types, unknown fields, markup in names, SQL in free text, path tricks. A 400 names every invalid field,
 * also when one value cannot be read.
 */
class VijandigeInvoerIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void issue13_aBadBodyNamesEveryInvalidFieldEvenPastAnUnreadableValue() throws Exception {
        long voor = eventsDoorVerzoeken();
        HttpResponse<String> antwoord = post("""
                {"melder": {"type": "POLITIE"},
                 "gezin": {"gemeente": "Vlaardingen", "leden": [{"rol": "KIND", "voornaam": "<script>alert(1)</script>",
                           "achternaam": "Jansen", "geboortedatum": "gisteren"}]},
                 "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": "misschien", "acuutOnveilig": false,
                 "omschrijving": " ", "wachtwoord": "x"}""");
        assertProblem(antwoord, 400);
        JsonNode probleem = JSON.readTree(antwoord.body());
        List<String> velden = new ArrayList<>();
        probleem.get("invalidParams").forEach(veld -> velden.add(veld.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("gezin.leden[0].geboortedatum", "gezin.leden[0].voornaam",
                "kinderenAanwezig", "omschrijving", "wachtwoord");
        // in Dutch throughout, bean validation's messages too
        assertThat(probleem.get("title").asString()).isEqualTo("Ongeldige invoer");
        probleem.get("invalidParams").forEach(veld -> assertThat(veld.get("reason").asString())
                .doesNotContain("must", "cannot", "value"));
        assertThat(eventsDoorVerzoeken()).isEqualTo(voor);
    }

    @Test
    void issue13_malformedJsonAndAnOversizedBodyAreRefusedUnread() throws Exception {
        long voor = eventsDoorVerzoeken();
        HttpResponse<String> kapot = post("{\"melder\": {\"type\": \"POLITIE\"");
        assertProblem(kapot, 400);
        assertThat(kapot.body()).contains("body");

        String groot = "{\"omschrijving\": \"" + "x".repeat(300 * 1024) + "\"}";
        HttpResponse<String> teGroot = post(groot);
        assertProblem(teGroot, 413);
        assertThat(JSON.readTree(teGroot.body()).get("title").asString()).isEqualTo("Verzoek te groot");
        assertThat(eventsDoorVerzoeken()).isEqualTo(voor);
    }

    @Test
    void issue13_sqlInFreeTextIsOnlyTextAndPathTricksAreRefused() throws Exception {
        String sql = "x'); DROP TABLE melding_overzicht; --";
        HttpResponse<String> opgeslagen = post(Meldingverzoeken.geldig().replace("Ruzie tussen ouders, kind was aanwezig",
                sql));
        assertThat(opgeslagen.statusCode()).as(opgeslagen.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM melding_overzicht", Long.class)).isNotNull();

        for (String pad : List.of("/api/v1/meldingen/..%2F..%2Factuator%2Fprometheus",
                "/api/v1/meldingen/%2e%2e/%2e%2e/actuator/prometheus", "/api/v1/meldingen/a%00b")) {
            HttpResponse<String> truc = Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "GET", pad, null);
            assertThat(truc.statusCode()).as(pad).isIn(400, 404);
            assertThat(truc.headers().firstValue("Content-Type")).as(pad)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        // no body at all, and a body that is not JSON: problem+json too
        HttpResponse<String> geenJson = Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST",
                "/api/v1/meldingen", null);
        assertThat(geenJson.statusCode()).isIn(400, 415);
        assertProblem(geenJson, geenJson.statusCode());
        HttpResponse<String> tekst = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/meldingen"))
                .header("Authorization", Testtokens.bearer(Testtokens.vtMedewerker()))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(tekst, 415);

        // a raw request line the HTTP client would not send: a path that climbs out
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/../actuator/prometheus HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Testtokens.vtMedewerker() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String regel = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(regel).doesNotContain("200");
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        return Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST", "/api/v1/meldingen", body);
    }

    private static void assertProblem(HttpResponse<String> antwoord, int status) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
