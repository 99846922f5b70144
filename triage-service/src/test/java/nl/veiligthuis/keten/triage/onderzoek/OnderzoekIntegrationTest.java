package nl.veiligthuis.keten.triage.onderzoek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An onderzoek from decision to handover (R4, R8): waiting list, start, rapportage, overdrachtsgesprek.
 */
class OnderzoekIntegrationTest extends TriageKetenBasis {

    @Test
    void handoverAfterOnderzoek() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "B. Bakker", "telefoon": "010-7654321"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Zorgen over veiligheid kinderen"}""");
        String onderzoekId = JSON.readTree(besluit.body()).get("onderzoekId").asString();
        // R5: on the waiting list until an onderzoeker starts it; R4: the term runs from the start
        EventContract.assertValid("onderzoek-aangemeld.v1",
                awaitPublished("onderzoek-aangemeld", melding.gezinId()).data());
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/onderzoeken/" + onderzoekId).statusCode() == 200);
        assertThat(onderzoek(onderzoekId).get("status").asString()).isEqualTo("WACHT_OP_ONDERZOEK");
        assertThat(onderzoek(onderzoekId).get("uiterlijkAfgerondOp").isNull()).isTrue();
        var teVroegAf = post("/api/v1/onderzoeken/" + onderzoekId + "/afronding", AFRONDING);
        assertThat(teVroegAf.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(teVroegAf.body()).get("regel").asString()).isEqualTo("R4");
        assertThat(startOnderzoek(onderzoekId).statusCode()).isEqualTo(200);
        KetenEvent gestart = awaitPublished("onderzoek-gestart", melding.gezinId());
        EventContract.assertValid("onderzoek-gestart.v1", gestart.data());
        assertThat(new String(gestart.data(), StandardCharsets.UTF_8)).doesNotContain("M. Jansen");
        assertThat(startOnderzoek(onderzoekId).statusCode()).isEqualTo(409);

        // R8: the handover meeting cannot precede the rapportage
        var teVroeg = post("/api/v1/onderzoeken/" + onderzoekId + "/overdrachtsgesprek",
                "{\"deelnemers\": [\"VT\", \"wijkteam\"], \"wijkteam\": \"Holy\"}");
        assertThat(teVroeg.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(teVroeg.body()).get("regel").asString()).isEqualTo("R8");

        await().atMost(Duration.ofSeconds(20)).until(() -> "LOOPT".equals(onderzoek(onderzoekId).get("status").asString()));
        assertThat(onderzoek(onderzoekId).at("/onderzoeker/telefoon").asString()).isEqualTo("010-7654321");
        // issue 14 point 5: after the onderzoek the melder's contact person is the onderzoeker, after the triage the
        // triagist
        String contactpersoon = "/api/v1/triages/" + melding.meldingId() + "/contactpersoon";
        String meldingService = Testtokens.partnersysteem("Veilig Thuis Keten melding-service",
                "terugkoppeling:contactpersoon");
        JsonNode naOnderzoek = JSON.readTree(Toegangsmatrix.als(port, meldingService, "GET",
                contactpersoon + "?moment=NA_ONDERZOEK", null).body());
        assertThat(naOnderzoek.get("rol").asString()).isEqualTo("ONDERZOEKER");
        assertThat(naOnderzoek.get("naam").asString()).isEqualTo("M. Jansen");
        assertThat(JSON.readTree(Toegangsmatrix.als(port, meldingService, "GET", contactpersoon, null).body())
                .get("naam").asString()).isEqualTo("B. Bakker");
        assertThat(post("/api/v1/onderzoeken/" + onderzoekId + "/afronding", AFRONDING).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/onderzoeken/" + onderzoekId + "/overdrachtsgesprek",
                "{\"deelnemers\": [\"VT\", \"wijkteam\"], \"wijkteam\": \"Holy\"}").statusCode()).isEqualTo(200);

        KetenEvent overdracht = awaitPublished("overdracht-gedaan", melding.gezinId());
        EventContract.assertValid("overdracht-gedaan.v1", overdracht.data());
        assertThat(JSON.readTree(overdracht.data()).get("route").asString()).isEqualTo("NA_ONDERZOEK");
        // R11, issue 14 point 1: after an onderzoek too, the handover names the persons the melding named
        assertThat(JSON.readTree(overdracht.data()).get("leden"))
                .isEqualTo(JSON.readTree(EventContract.sample("melding-ontvangen.v1")).get("leden"));
        EventContract.assertValid("onderzoek-afgerond.v1", awaitPublished("onderzoek-afgerond", melding.gezinId()).data());
        EventContract.assertValid("overdrachtsgesprek-gevoerd.v1",
                awaitPublished("overdrachtsgesprek-gevoerd", melding.gezinId()).data());
    }
}
