package nl.veiligthuis.keten.monitoring.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import org.junit.jupiter.api.Test;

/** Issue 13 point 8 in monitoring-service: every invalid field of an involvement at once, an oversized one unread. */
class VijandigeInvoerIntegrationTest extends MonitoringIntegratieBasis {

    @Test
    void issue13_anInvolvementNamesEveryInvalidFieldAndAnOversizedOneIsRefused() throws Exception {
        String school = DevToken.voor("Basisschool Vijandig " + uuid().substring(0, 8), "SCHOOL");
        long voor = eventsDoorVerzoeken();
        var antwoord = Toegangsmatrix.als(port, school, "POST", "/api/v1/betrokkenheden", """
                {"gezinId": "x' OR '1'='1", "persoonId": [5], "reden": "NIEUWSGIERIG", "organisatie": "Iemand"}""");
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        json(antwoord).get("invalidParams").forEach(veld -> velden.add(veld.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("gezinId", "organisatie", "persoonId", "reden");

        var teGroot = Toegangsmatrix.als(port, school, "POST", "/api/v1/betrokkenheden",
                "{\"reden\": \"" + "x".repeat(300 * 1024) + "\"}");
        assertThat(teGroot.statusCode()).isEqualTo(413);
        assertThat(eventsDoorVerzoeken()).isEqualTo(voor);
    }
}
