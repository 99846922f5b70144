package nl.veiligthuis.keten.wijkteam.zaak;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One casusregisseur at a time (R10) on the running service: assigned, changed, its history, no names on the topic. */
class RegieIntegrationTest extends WijkteamKetenBasis {

    @Test
    void r10_aCasusregisseurIsAssignedAndChangedViaRestWithItsHistoryAndPublishedWithoutNames() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);
        String pad = "/api/v1/zaken/" + zaakId + "/regisseur";

        // R10 after R9: no regisseur before the wijkteam accepted the handover
        assertRegel(post(pad, toewijzing(FATIMA, null)), "R10");

        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);
        // R10: accepted and nobody holds the regie: the zaak signals it
        await().atMost(LANG).until(() -> regieSignalen(zaakId).equals(List.of("GEEN_REGISSEUR")));
        assertThat(zaken(gezinId).get(0).get("signalen").get(0).asString()).isEqualTo("GEEN_REGISSEUR");

        var eerste = post(pad, toewijzing(FATIMA, null));
        assertThat(eerste.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(eerste.body()).get("wissel").asBoolean()).isFalse();
        await().atMost(LANG).until(() -> regieSignalen(zaakId).isEmpty());
        JsonNode huidige = JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("regisseur");
        assertThat(huidige.get("naam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(huidige.get("telefoon").asString()).isEqualTo("010-2345678");
        assertThat(huidige.get("organisatie").asString()).isEqualTo("Minters");
        assertThat(huidige.get("sinds").isNull()).isFalse();

        // R10: a change names its reason, and the current regisseur is not a change
        assertRegel(post(pad, toewijzing(JOOST, null)), "R10");
        assertRegel(post(pad, toewijzing(FATIMA, WISSELREDEN)), "R10");

        var wissel = post(pad, toewijzing(JOOST, WISSELREDEN));
        assertThat(wissel.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(wissel.body()).get("wissel").asBoolean()).isTrue();
        await().atMost(LANG).until(() -> "Joost de Vries".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).at("/regisseur/naam").asString()));
        JsonNode lijst = zaken(gezinId).get(0);
        assertThat(lijst.at("/regisseur/organisatie").asString()).isEqualTo("Enver");
        assertThat(lijst.get("signalen").toString()).doesNotContain("GEEN_REGISSEUR");

        JsonNode perioden = JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body()).get("perioden");
        assertThat(perioden.size()).isEqualTo(2);
        assertThat(perioden.get(0).get("naam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(perioden.get(0).get("reden").isNull()).isTrue();
        assertThat(perioden.get(0).get("tot").asString()).isEqualTo(perioden.get(1).get("van").asString());
        assertThat(perioden.get(1).get("naam").asString()).isEqualTo("Joost de Vries");
        assertThat(perioden.get(1).get("telefoon").asString()).isEqualTo("010-8765432");
        assertThat(perioden.get(1).get("reden").asString()).isEqualTo(WISSELREDEN);
        assertThat(perioden.get(1).get("tot").isNull()).isTrue();

        List<ConsumerRecord<String, byte[]>> gepubliceerd = awaitRecords(REGISSEUR_TOEGEWEZEN, zaakId, 2);
        for (int i = 0; i < 2; i++) {
            ConsumerRecord<String, byte[]> record = gepubliceerd.get(i);
            KetenEvent event = CloudEventsKafkaCodec.decode(record);
            assertThat(record.key()).isEqualTo(gezinId);
            assertThat(event.subject()).isEqualTo(gezinId);
            assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
            EventContract.assertValid("regisseur-toegewezen.v1", record.value());
            JsonNode payload = JSON.readTree(event.data());
            assertThat(payload.get("wissel").asBoolean()).isEqualTo(i == 1);
            assertThat(payload.at("/actor/rol").asString()).isEqualTo("CASUSREGISSEUR");
            assertThat(payload.at("/actor/organisatie").asString()).isEqualTo(i == 0 ? "Minters" : "Enver");
            // D4: names, phone numbers and the reason stay in wijkteam-service
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Amrani",
                    "Joost", "Vries", "010-2345678", "010-8765432", WISSELREDEN, "verlof");
            for (Header header : record.headers()) {
                assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Joost",
                        "010-2345678", "010-8765432", "verlof");
            }
        }

        // R9/R10: after a terugmelding the regie is no longer with the wijkteam
        assertThat(post("/api/v1/zaken/" + zaakId + "/terugmelding", terugmelding("\"ONVOLDOENDE_MIDDELEN\""))
                .statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> !JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body())
                .at("/perioden/1/tot").isNull());
        JsonNode teruggemeld = JSON.readTree(get("/api/v1/zaken/" + zaakId).body());
        assertThat(teruggemeld.get("regisseur").isNull()).isTrue();
        assertThat(teruggemeld.get("signalen").isEmpty()).isTrue();
        assertRegel(post(pad, toewijzing(FATIMA, WISSELREDEN)), "R10");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(5);
    }

    @Test
    void r10_theFirstRegisseurMayBeNamedAtAcceptance() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);

        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER
                + "\"}, \"regisseur\": " + FATIMA + "}").statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> "Fatima el Amrani".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).at("/regisseur/naam").asString()));
        assertThat(regieSignalen(zaakId)).isEmpty();
        JsonNode payload = JSON.readTree(CloudEventsKafkaCodec.decode(
                awaitRecords(REGISSEUR_TOEGEWEZEN, zaakId, 1).get(0)).data());
        assertThat(payload.get("wissel").asBoolean()).isFalse();
    }

    @Test
    void r10_anAssignmentWithoutRegisseurIsRefusedNamingTheFieldsAndChangesNothing() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);
        String pad = "/api/v1/zaken/" + zaakId + "/regisseur";

        var leeg = post(pad, "{}");
        assertProblem(leeg, 400);
        assertThat(invalidParams(leeg)).containsExactly("regisseur");

        var zonderGegevens = post(pad, "{\"regisseur\": {\"naam\": \" \"}}");
        assertProblem(zonderGegevens, 400);
        assertThat(invalidParams(zonderGegevens))
                .containsExactly("regisseur.naam", "regisseur.organisatie", "regisseur.telefoon");

        var teLang = post(pad, toewijzing(regisseur("x".repeat(201), "1".repeat(51), "y".repeat(201)),
                "z".repeat(10_001)));
        assertProblem(teLang, 400);
        assertThat(invalidParams(teLang))
                .containsExactly("reden", "regisseur.naam", "regisseur.organisatie", "regisseur.telefoon");

        String onbekend = OpenZaak.zaakIdVoor(UUID.randomUUID().toString());
        assertProblem(post("/api/v1/zaken/" + onbekend + "/regisseur", toewijzing(FATIMA, null)), 404);
        assertProblem(get("/api/v1/zaken/" + onbekend + "/regie"), 404);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(2);
        await().atMost(LANG).until(() -> regieSignalen(zaakId).equals(List.of("GEEN_REGISSEUR")));
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId + "/regie").body()).get("perioden").isEmpty()).isTrue();
    }
}
