package nl.veiligthuis.keten.melding.gezin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 point 4, no existence oracle: recognition still joins a melding to the gezin its BSN matches and still
 * offers look-alike gezinnen, but names them only to whom may know them: Veilig Thuis of a regio with a melding about
 * the gezin. A partner system learns no gezin, and may not name one.
 */
class GezinskennisIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String partner = Testtokens.partnersysteem("Politie Eenheid Rotterdam", "meldingen:indienen");
    private final String utrecht = DevToken.voor("Veilig Thuis Utrecht", "VEILIG_THUIS_MEDEWERKER", "test-vt-u");

    @Test
    void issue13_aPartnerSystemCannotAskWhetherABsnOrAPersonIsKnown() throws Exception {
        String bsn = GezinsherkenningIntegrationTest.bsn();
        String achternaam = "Kennis" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode eerste = registreer(Testtokens.vtMedewerker(), melding("Vlaardingen", null, kind(achternaam, bsn)));
        String gezinId = eerste.get("gezinId").asString();

        // the partner's melding with the known BSN joins the gezin, but the answer names no gezin
        JsonNode vanPartner = registreer(partner, melding("Vlaardingen", null, kind(achternaam, bsn)));
        assertThat(vanPartner.path("gezinId").isMissingNode() || vanPartner.get("gezinId").isNull()).isTrue();
        assertThat(vanPartner.get("mogelijkeDuplicaten")).isEmpty();
        // Veilig Thuis reads which gezin it joined once its overview is written
        String pad = "/api/v1/meldingen/" + vanPartner.get("meldingId").asString();
        HttpResponse<String> gelezen = await().atMost(Duration.ofSeconds(30)).until(
                () -> Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "GET", pad, null),
                antwoord -> antwoord.statusCode() == 200);
        assertThat(JSON.readTree(gelezen.body()).get("gezinId").asString()).isEqualTo(gezinId);

        // nor may it name a gezin to test it
        HttpResponse<String> genoemd = Toegangsmatrix.als(port, partner, "POST", "/api/v1/meldingen",
                melding("Vlaardingen", gezinId, kind(achternaam, null)));
        assertThat(genoemd.statusCode()).isEqualTo(400);
        assertThat(genoemd.body()).contains("gezin.gezinId");

        // a look-alike by name and date of birth is offered to the regio that knows the gezin, not to another
        JsonNode rijnmond = registreer(Testtokens.vtMedewerker(), melding("Vlaardingen", null, kind(achternaam, null)));
        assertThat(rijnmond.get("mogelijkeDuplicaten").toString()).contains(gezinId);
        JsonNode elders = registreer(utrecht, melding("Houten", null, kind(achternaam, null)));
        assertThat(elders.get("mogelijkeDuplicaten")).isEmpty();
        String eldersPad = "/api/v1/meldingen/" + elders.get("meldingId").asString();
        HttpResponse<String> eldersGelezen = await().atMost(Duration.ofSeconds(30)).until(
                () -> Toegangsmatrix.als(port, utrecht, "GET", eldersPad, null), antwoord -> antwoord.statusCode() == 200);
        assertThat(JSON.readTree(eldersGelezen.body()).get("mogelijkeDuplicaten")).isEmpty();
    }

    private JsonNode registreer(String token, String melding) throws Exception {
        HttpResponse<String> antwoord = Toegangsmatrix.als(port, token, "POST", "/api/v1/meldingen", melding);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return JSON.readTree(antwoord.body());
    }

    private static String kind(String achternaam, String bsn) {
        return """
                {"rol": "KIND", "voornaam": "Noor", "achternaam": "%s", "geboortedatum": "2016-03-04"%s}"""
                .formatted(achternaam, bsn == null ? "" : ", \"bsn\": \"" + bsn + "\"");
    }

    private static String melding(String gemeente, String gezinId, String lid) {
        return """
                {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
                 "gezin": {%s"gemeente": "%s", "leden": [%s]},
                 "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                 "omschrijving": "Gezinskennistest"}""".formatted(
                gezinId == null ? "" : "\"gezinId\": \"" + gezinId + "\", ", gemeente, lid);
    }
}
