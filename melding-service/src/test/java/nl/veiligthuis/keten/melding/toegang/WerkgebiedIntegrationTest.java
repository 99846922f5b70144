package nl.veiligthuis.keten.melding.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 point 2, the data-level half: a melding is seen only by the Veilig Thuis regio of its gemeente; another
 * regio gets the same 404 as for an unknown melding. A partner system submits but never reads.
 */
class WerkgebiedIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MELDING = """
            {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
             "gezin": {"gemeente": "Vlaardingen", "leden": [{"rol": "KIND", "voornaam": "Test",
               "achternaam": "Werkgebied", "geboortedatum": "2018-01-01"}]},
             "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
             "omschrijving": "Werkgebiedtest"}""";

    @Test
    void issue13_aMeldingIsSeenOnlyByTheVeiligThuisRegioOfItsGemeente() throws Exception {
        String partner = Testtokens.partnersysteem("Politie Eenheid Rotterdam", "meldingen:indienen");
        HttpResponse<String> ingediend = Toegangsmatrix.als(port, partner, "POST", "/api/v1/meldingen", MELDING);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        JsonNode melding = JSON.readTree(ingediend.body());
        String meldingId = melding.get("meldingId").asString();
        String pad = "/api/v1/meldingen/" + meldingId;

        String utrecht = DevToken.voor("Veilig Thuis Utrecht", "VEILIG_THUIS_MEDEWERKER", "test-vt-utrecht");
        String onbekendId = UUID.randomUUID().toString();
        Toegangsmatrix.assertZelfdeAlsOnbekend(Toegangsmatrix.als(port, utrecht, "GET", pad, null), meldingId,
                Toegangsmatrix.als(port, utrecht, "GET", "/api/v1/meldingen/" + onbekendId, null), onbekendId);
        assertThat(Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "GET", pad, null).statusCode()).isEqualTo(200);
        assertThat(Toegangsmatrix.als(port, utrecht, "GET", pad + "/terugkoppelingen", null).statusCode())
                .isEqualTo(404);
        // the partner system may submit, not read back
        assertThat(Toegangsmatrix.als(port, partner, "GET", pad, null).statusCode()).isEqualTo(403);
    }
}
