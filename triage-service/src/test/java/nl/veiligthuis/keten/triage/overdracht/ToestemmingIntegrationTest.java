package nl.veiligthuis.keten.triage.overdracht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 point 7, R17: a handover shares the family's information with the wijkteam, on the family's consent or,
 * without it, for a safety reason that is recorded; the wijkteam sees which, the topic carries only the code, and a
 * v1 client that does not say is still served, with the ground recorded as missing.
 */
class ToestemmingIntegrationTest extends TriageKetenBasis {

    private static final String REDEN = "Moeder weigert; de kinderen zijn niet veilig zonder hulp van het wijkteam.";

    @Test
    void r17_aHandoverRecordsTheFamilysConsent() throws Exception {
        JsonNode overdracht = draagOver("{\"gegeven\": true}");
        assertThat(overdracht.get("toestemming").asString()).isEqualTo("GEGEVEN");
        assertThat(overdracht.get("redenZonderToestemming").isNull()).isTrue();
    }

    @Test
    void r17_withoutConsentTheSafetyReasonIsRecordedAndNotPublished() throws Exception {
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId();

        HttpResponse<String> zonderReden = post(pad + "/besluit", besluit("{\"gegeven\": false}"));
        assertThat(zonderReden.statusCode()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("toestemming.redenZonderToestemming", "\"code\":\"R17\"");
        assertThat(JSON.readTree(get(pad).body()).get("status").asString()).isNotEqualTo("AFGEROND");

        JsonNode overdracht = overdracht(post(pad + "/besluit",
                besluit("{\"gegeven\": false, \"redenZonderToestemming\": \"" + REDEN + "\"}")));
        assertThat(overdracht.get("toestemming").asString()).isEqualTo("ZONDER_TOESTEMMING_MET_REDEN");
        assertThat(overdracht.get("redenZonderToestemming").asString()).isEqualTo(REDEN);

        KetenEvent gedaan = awaitPublished("overdracht-gedaan", melding.gezinId());
        String data = new String(gedaan.data(), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(data).get("toestemming").asString()).isEqualTo("ZONDER_TOESTEMMING_MET_REDEN");
        assertThat(data).doesNotContain("Moeder weigert");
        EventContract.assertValid("overdracht-gedaan.v1", gedaan.data());
    }

    @Test
    void r17_aV1ClientThatDoesNotSayIsServedAndTheGroundIsRecordedAsMissing() throws Exception {
        JsonNode overdracht = draagOver(null);
        assertThat(overdracht.get("toestemming").asString()).isEqualTo("NIET_VASTGELEGD");
    }

    private JsonNode draagOver(String toestemming) throws Exception {
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        return overdracht(post("/api/v1/triages/" + melding.meldingId() + "/besluit", besluit(toestemming)));
    }

    private JsonNode overdracht(HttpResponse<String> besluit) throws Exception {
        assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(200);
        String pad = "/api/v1/overdrachten/" + JSON.readTree(besluit.body()).get("overdrachtId").asString();
        HttpResponse<String> pakket = await().atMost(Duration.ofSeconds(20)).until(() -> get(pad),
                antwoord -> antwoord.statusCode() == 200);
        return JSON.readTree(pakket.body());
    }

    private static String besluit(String toestemming) {
        return """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "E. Visser", "telefoon": "010-3334445"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach"%s}"""
                .formatted(toestemming == null ? "" : ", \"toestemming\": " + toestemming);
    }
}
