package nl.veiligthuis.keten.wijkteam.opschaling;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Escalation to a tafel (R15) on the running service: the regie and a named zichthouder stay until the tafel decides. */
class OpschalingIntegrationTest extends WijkteamKetenBasis {

    @Test
    void r15_anEscalationKeepsTheRegieAndANamedZichthouderUntilTheTafelDecides() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);
        String pad = "/api/v1/zaken/" + zaakId + "/opschalingen";
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": "
                + "{\"naam\": \"" + MEDEWERKER + "\"}, \"regisseur\": " + FATIMA + "}").statusCode()).isEqualTo(200);

        var onvolledig = post(pad, "{\"tafel\": \"CIT\", \"toelichting\": \" \", \"zichthouder\": {\"naam\": \"Joost\"}}");
        assertProblem(onvolledig, 400);
        assertThat(invalidParams(onvolledig)).containsExactlyInAnyOrder("reden", "toelichting", "medewerker",
                "zichthouder.telefoon", "zichthouder.organisatie");
        // R15: the CIT is for a crisis
        assertRegel(post(pad, opschaling("CIT", "GEZIN_WERKT_NIET_MEE")), "R15");

        var opgeschaald = post(pad, opschaling("JEUGDBESCHERMINGSTAFEL", "GEEN_VERANDERING_ONDANKS_HULP"));
        assertThat(opgeschaald.statusCode()).isEqualTo(200);
        String opschalingId = JSON.readTree(opgeschaald.body()).get("opschalingId").asString();
        await().atMost(LANG).until(() -> signalen(zaakId).contains("OPGESCHAALD_WACHT_OP_BESLUIT"));
        // R10: the zaak shows who holds the regie while the tafel is also involved
        JsonNode wachtend = JSON.readTree(get("/api/v1/zaken/" + zaakId).body());
        assertThat(wachtend.at("/regisseur/naam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(wachtend.get("ookBetrokken").toString()).isEqualTo("[\"JEUGDBESCHERMINGSTAFEL\"]");
        JsonNode lijst = JSON.readTree(get(pad).body());
        assertThat(lijst.size()).isEqualTo(1);
        assertThat(lijst.get(0).at("/zichthouder/naam").asString()).isEqualTo("Joost de Vries");
        assertThat(lijst.get(0).get("besluit").isNull()).isTrue();
        // R10/R15: waiting for the tafel, the regie stays and the zaak cannot be returned
        assertRegel(post("/api/v1/zaken/" + zaakId + "/terugmelding", terugmelding("\"ONVOLDOENDE_MIDDELEN\"")), "R15");
        assertRegel(post(pad, opschaling("LOKAAL_ZORGNETWERK", "PROBLEMATIEK_OVERSTIJGT_LOKAAL_VELD")), "R15");

        var besluit = post(pad + "/" + opschalingId + "/besluit", "{\"besluit\": \"REGIE_OVERGEDRAGEN\", "
                + "\"toelichting\": \"Ondertoezichtstelling uitgesproken\", \"nieuweRegisseur\": "
                + regisseur("Sanne Bakker", "010-5556677", "Jeugdbescherming west") + "}");
        assertThat(besluit.statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> !signalen(zaakId).contains("OPGESCHAALD_WACHT_OP_BESLUIT"));
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("ookBetrokken").isEmpty()).isTrue();
        await().atMost(LANG).until(() -> "Sanne Bakker".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).at("/regisseur/naam").asString()));
        JsonNode perioden = JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body()).get("perioden");
        assertThat(perioden.get(1).get("reden").asString())
                .isEqualTo("Besluit Jeugdbeschermingstafel: Ondertoezichtstelling uitgesproken");

        ConsumerRecord<String, byte[]> gepubliceerd = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.zaak-opgeschaald.v1", zaakId);
        EventContract.assertValid("zaak-opgeschaald.v1", gepubliceerd.value());
        assertThat(new String(gepubliceerd.value(), StandardCharsets.UTF_8)).doesNotContain("Joost", "verandering");
        ConsumerRecord<String, byte[]> besloten = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.opschaling-besloten.v1", zaakId);
        EventContract.assertValid("opschaling-besloten.v1", besloten.value());
        assertThat(JSON.readTree(besloten.value()).get("besluit").asString()).isEqualTo("REGIE_OVERGEDRAGEN");
    }
}
