package nl.veiligthuis.keten.wijkteam.zaak;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import nl.veiligthuis.keten.wijkteam.WijkteamServiceApplication;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The handover and the zaak on the running service: opened once per overdracht, accepted or returned (R9, R16), bad input refused, a bad record parked. */
class ZaakIntegrationTest extends WijkteamKetenBasis {

    @Test
    void aHandoverOpensExactlyOneZaakWhoseAcceptanceIsPublishedWithoutTheMedewerker() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        ProducerRecord<String, byte[]> overdracht = overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId);

        send(overdracht);
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);
        JsonNode zaak = zaken(gezinId).get(0);
        assertThat(zaak.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(zaak.get("overdrachtId").asString()).isEqualTo(overdrachtId);
        assertThat(zaak.get("route").asString()).isEqualTo("NA_ONDERZOEK");
        assertThat(zaak.get("gemeente").asString()).isEqualTo("Vlaardingen");
        assertThat(zaak.get("status").asString()).isEqualTo("OVERDRACHT_ONTVANGEN");
        assertThat(zaak.get("geaccepteerdOp").isNull()).isTrue();
        // R7/R8: the handover package stays in triage-service; the zaak points to it
        assertThat(zaak.get("overdrachtDataref").asString())
                .isEqualTo("http://localhost:8082/api/v1/overdrachten/" + overdrachtId);
        assertThat(zaak.get("regisseur").isNull()).isTrue();
        assertThat(zaak.get("signalen").isEmpty()).isTrue();

        ConsumerRecord<String, byte[]> geopend = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.zaak-geopend.v1", zaakId);
        KetenEvent geopendEvent = CloudEventsKafkaCodec.decode(geopend);
        assertThat(geopend.key()).isEqualTo(gezinId);
        assertThat(geopendEvent.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
        // the chain stays traceable: caused by the OverdrachtGedaan, in its correlation
        assertThat(geopendEvent.causationId()).isEqualTo(header(overdracht, "ce_id"));
        assertThat(geopendEvent.correlationId()).isEqualTo(header(overdracht, "ce_correlationid"));
        EventContract.assertValid("zaak-geopend.v1", geopendEvent.data());

        // at-least-once: a redelivery (same ce_id) and a republication (new ce_id) of the same overdracht,
        // and another triage event type, which is recorded but ignored
        send(overdracht);
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        ProducerRecord<String, byte[]> andereType = anderType(gezinId);
        RecordMetadata laatste = send(andereType);
        awaitConsumed(laatste);
        assertThat(zaken(gezinId)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT event_type FROM inbox_message WHERE consumer = ? AND event_id = ?",
                String.class, WijkteamServiceApplication.NAAM, header(andereType, "ce_id")))
                .isEqualTo("nl.veilig-thuis.keten.triage.triage-afgerond.v1");

        var acceptatie = post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}");
        assertThat(acceptatie.statusCode()).isEqualTo(200);
        JsonNode antwoord = JSON.readTree(acceptatie.body());
        assertThat(antwoord.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(antwoord.get("status").asString()).isEqualTo("IN_BEHANDELING");

        ConsumerRecord<String, byte[]> geaccepteerd = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1", zaakId);
        KetenEvent event = CloudEventsKafkaCodec.decode(geaccepteerd);
        assertThat(geaccepteerd.key()).isEqualTo(gezinId);
        assertThat(event.subject()).isEqualTo(gezinId);
        assertThat(event.source()).hasToString("urn:nl-veilig-thuis:keten:wijkteam-service");
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
        EventContract.assertValid("overdracht-geaccepteerd.v1", event.data());
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("actor").get("rol").asString()).isEqualTo("WIJKTEAMMEDEWERKER");
        assertThat(payload.get("actor").get("organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");
        // D4: the medewerker's name stays in wijkteam-service, in neither the payload nor a header
        assertThat(new String(event.data(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Amrani");
        for (Header header : geaccepteerd.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "Amrani");
        }

        await().atMost(LANG).until(() -> "IN_BEHANDELING".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("status").asString()));
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("geaccepteerdOp").isNull()).isFalse();

        // R9: accepted once; a second acceptance is refused with the rule
        var nogmaals = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"Joost\"}}");
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(nogmaals.body()).get("regel").asString()).isEqualTo("R9");
    }

    @Test
    void invalidRequestsAreRefusedAsProblemsAndChangeNothing() throws Exception {
        // validation on a zaak of the caller's own gemeente; an unknown zaak is a 404 before its body is read
        String zaakId = zaakVan(UUID.randomUUID().toString());
        String onbekend = OpenZaak.zaakIdVoor(UUID.randomUUID().toString());
        long eventsBefore = eventsVan(zaakId, onbekend);

        var leeg = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \" \"}}");
        assertProblem(leeg, 400);
        assertThat(invalidParams(leeg)).containsExactly("medewerker.naam");

        var teLang = post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + "x".repeat(201) + "\"}}");
        assertProblem(teLang, 400);
        assertThat(invalidParams(teLang)).containsExactly("medewerker.naam");

        var zonderMedewerker = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{}");
        assertProblem(zonderMedewerker, 400);
        assertThat(invalidParams(zonderMedewerker)).containsExactlyInAnyOrder("medewerker", "team");

        var zonderGezin = get("/api/v1/zaken");
        assertProblem(zonderGezin, 400);
        assertThat(invalidParams(zonderGezin)).containsExactly("gezinId");

        assertProblem(post("/api/v1/zaken/" + onbekend + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"Joost\"}}"), 404);
        assertProblem(get("/api/v1/zaken/" + onbekend), 404);
        assertThat(JSON.readTree(get("/api/v1/zaken?gezinId=" + UUID.randomUUID()).body()).isEmpty()).isTrue();

        assertThat(eventsVan(zaakId, onbekend)).isEqualTo(eventsBefore);
    }

    @Test
    void aRecordThatIsNotACloudEventIsParkedOnTheDeadLetterTopic() {
        String sleutel = UUID.randomUUID().toString();
        byte[] waarde = "{\"overdrachtId\": \"zonder-headers\"}".getBytes(StandardCharsets.UTF_8);
        send(new ProducerRecord<>(KetenTopics.TRIAGE, sleutel, waarde));

        ConsumerRecord<String, byte[]> geparkeerd =
                topics.await(r -> r.topic().equals(DEAD_LETTERS) && sleutel.equals(r.key()), LANG);
        assertThat(geparkeerd.value()).isEqualTo(waarde);
        assertThat(new String(geparkeerd.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value(),
                StandardCharsets.UTF_8)).contains("OngeldigCloudEventException");
    }

    @Test
    void r9_r16_aReturnViaRestIsPublishedWithoutToelichtingOrMedewerker() throws Exception {
        String overdrachtId = UUID.randomUUID().toString();
        String gezinId = UUID.randomUUID().toString();
        String zaakId = OpenZaak.zaakIdVoor(overdrachtId);
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 1);
        String meldingId = zaken(gezinId).get(0).get("meldingId").asString();
        assertThat(post("/api/v1/zaken/" + zaakId + "/acceptatie",
                "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}").statusCode()).isEqualTo(200);

        // R16: in treatment, no question for help while risks remain: returned to Veilig Thuis, not closed
        var terugmelding = post("/api/v1/zaken/" + zaakId + "/terugmelding",
                terugmelding("\"GEEN_HULPVRAAG_BIJ_ONVEILIGHEID\""));
        assertThat(terugmelding.statusCode()).isEqualTo(200);
        JsonNode antwoord = JSON.readTree(terugmelding.body());
        assertThat(antwoord.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(antwoord.get("status").asString()).isEqualTo("TERUGGEMELD");

        ConsumerRecord<String, byte[]> teruggemeld = awaitRecord(KetenTopics.WIJKTEAM,
                "nl.veilig-thuis.keten.wijkteam.zaak-teruggemeld.v1", zaakId);
        KetenEvent event = CloudEventsKafkaCodec.decode(teruggemeld);
        assertThat(teruggemeld.key()).isEqualTo(gezinId);
        assertThat(event.subject()).isEqualTo(gezinId);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/zaken/" + zaakId);
        EventContract.assertValid("zaak-teruggemeld.v1", teruggemeld.value());
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("overdrachtId").asString()).isEqualTo(overdrachtId);
        assertThat(payload.get("meldingId").asString()).isEqualTo(meldingId);
        assertThat(payload.get("route").asString()).isEqualTo("NA_ONDERZOEK");
        assertThat(payload.get("reden").asString()).isEqualTo("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID");
        assertThat(payload.get("actor").get("rol").asString()).isEqualTo("WIJKTEAMMEDEWERKER");
        assertThat(payload.get("actor").get("organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");
        // D4: the toelichting and the medewerker stay in wijkteam-service, in neither the record nor a header
        assertThat(new String(teruggemeld.value(), StandardCharsets.UTF_8))
                .doesNotContain(TOELICHTING, "Fatima", "Amrani", TELEFOON);
        for (Header header : teruggemeld.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8))
                    .doesNotContain(TOELICHTING, "Fatima", "Amrani", TELEFOON);
        }

        await().atMost(LANG).until(() -> "TERUGGEMELD".equals(
                JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("status").asString()));
        JsonNode zaak = JSON.readTree(get("/api/v1/zaken/" + zaakId).body());
        assertThat(zaak.get("redenTerugmelding").asString()).isEqualTo("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID");
        assertThat(zaak.get("teruggemeldOp").isNull()).isFalse();
        var lijst = get("/api/v1/zaken?gezinId=" + gezinId).body();
        assertThat(JSON.readTree(lijst).get(0).get("status").asString()).isEqualTo("TERUGGEMELD");
        assertThat(JSON.readTree(lijst).get(0).get("redenTerugmelding").asString())
                .isEqualTo("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID");
        assertThat(lijst).doesNotContain(TOELICHTING, "toelichting", MEDEWERKER, TELEFOON);

        // R9: returned once; neither a second return nor a late acceptance is possible
        var nogmaals = post("/api/v1/zaken/" + zaakId + "/terugmelding", terugmelding("\"ONVOLDOENDE_MIDDELEN\""));
        assertProblem(nogmaals, 409);
        assertThat(JSON.readTree(nogmaals.body()).get("regel").asString()).isEqualTo("R9");
        var acceptatie = post("/api/v1/zaken/" + zaakId + "/acceptatie", "{\"team\": \"Westwijk\", \"medewerker\": {\"naam\": \"Joost\"}}");
        assertProblem(acceptatie, 409);
        assertThat(JSON.readTree(acceptatie.body()).get("regel").asString()).isEqualTo("R9");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(3);
    }

    @Test
    void r9_aReturnWithoutRedenIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);
        String pad = "/api/v1/zaken/" + zaakId + "/terugmelding";

        var zonderReden = post(pad, terugmelding("null"));
        assertProblem(zonderReden, 400);
        assertThat(invalidParams(zonderReden)).containsExactly("reden");

        var onbekendeReden = post(pad, terugmelding("\"GEEN_ZIN\""));
        assertProblem(onbekendeReden, 400);
        assertThat(invalidParams(onbekendeReden)).containsExactly("reden");

        var leeg = post(pad, "{}");
        assertProblem(leeg, 400);
        assertThat(invalidParams(leeg)).containsExactly("medewerker", "reden", "toelichting");

        var teLang = post(pad, """
                {"reden": "ONVOLDOENDE_MIDDELEN", "toelichting": "%s", "medewerker": {"naam": " ", "telefoon": "%s"}}"""
                .formatted("x".repeat(10_001), "1".repeat(51)));
        assertProblem(teLang, 400);
        assertThat(invalidParams(teLang)).containsExactly("medewerker.naam", "medewerker.telefoon", "toelichting");

        assertProblem(post("/api/v1/zaken/" + OpenZaak.zaakIdVoor(UUID.randomUUID().toString()) + "/terugmelding",
                terugmelding("\"ONVOLDOENDE_MIDDELEN\"")), 404);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(1);
        assertThat(JSON.readTree(get("/api/v1/zaken/" + zaakId).body()).get("status").asString())
                .isEqualTo("OVERDRACHT_ONTVANGEN");
    }
}
