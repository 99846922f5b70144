package nl.veiligthuis.keten.triage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A melding from Kafka becomes a triage (R1, R3), a repeat or a known gezin counts for that gezin, and a decision
 * hands the gezin over (R7) or is refused whole.
 */
class TriageIntegrationTest extends TriageKetenBasis {

    @Test
    void handoverAfterTriage() throws Exception {
        var melding = meldingOntvangen(Instant.parse("2026-11-20T14:05:00Z"));
        // R1: received Friday 20 November 2026 → term ends Friday 27 November
        JsonNode triage = awaitTriage(melding.meldingId());
        assertThat(triage.get("uiterlijkAfgerondOp").asString()).isEqualTo("2026-11-27");
        assertThat(triage.get("status").asString()).isEqualTo("WACHT_OP_TRIAGE");
        assertThat(triage.get("regio").asString()).isEqualTo("Veilig Thuis Rotterdam Rijnmond");
        assertThat(triage.get("herhaalmelding").asBoolean()).isFalse();
        // R5: every waiting case has a monitoring frequency from receipt
        assertThat(triage.get("monitoringsfrequentie").asString()).isEqualTo("WEKELIJKS");

        producer.send(melding.record()).get(); // redelivery: no second triage
        // R5: a triagist picks the melding up; the wait for the start of triage ends and is published without a name
        assertThat(post("/api/v1/triages/" + melding.meldingId() + "/start",
                "{\"triagist\": {\"naam\": \"A. de Vries\", \"telefoon\": \"010-1234567\"}}").statusCode())
                .isEqualTo(200);
        KetenEvent gestart = awaitPublished("triage-gestart", melding.gezinId());
        EventContract.assertValid("triage-gestart.v1", gestart.data());
        assertThat(new String(gestart.data(), StandardCharsets.UTF_8)).doesNotContain("de Vries", "010-1234567");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "IN_TRIAGE".equals(JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body()).get("status")
                        .asString()));
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Geen acute onveiligheid; hulp nodig bij opvoeding",
                 "advies": "Gezinscoach inzetten"}""");
        assertThat(besluit.statusCode()).isEqualTo(200);
        String overdrachtId = JSON.readTree(besluit.body()).get("overdrachtId").asString();

        KetenEvent afgerond = awaitPublished("triage-afgerond", melding.gezinId());
        KetenEvent overdracht = awaitPublished("overdracht-gedaan", melding.gezinId());
        EventContract.assertValid("triage-afgerond.v1", afgerond.data());
        EventContract.assertValid("overdracht-gedaan.v1", overdracht.data());
        assertThat(new String(overdracht.data(), StandardCharsets.UTF_8)).doesNotContain("de Vries", "Gezinscoach");
        assertThat(overdracht.dataref().getPath()).isEqualTo("/api/v1/overdrachten/" + overdrachtId);
        // R11, issue 14 point 1: the handover names the persons the melding named, pseudonymously
        assertThat(JSON.readTree(overdracht.data()).get("leden"))
                .isEqualTo(JSON.readTree(EventContract.sample("melding-ontvangen.v1")).get("leden"));
        assertThat(awaitPublishedAll("triage-geopend", melding.gezinId())).hasSize(1);

        // R7: the handover package holds the triagist, the reasoning and the advice
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/overdrachten/" + overdrachtId).statusCode() == 200);
        JsonNode pakket = JSON.readTree(get("/api/v1/overdrachten/" + overdrachtId).body());
        assertThat(pakket.at("/triage/triagist/telefoon").asString()).isEqualTo("010-1234567");
        assertThat(pakket.at("/triage/advies").asString()).isEqualTo("Gezinscoach inzetten");
        assertThat(pakket.get("route").asString()).isEqualTo("NA_TRIAGE");

        // issue 14 point 5 (003: "welk poppetje"): melding-service reads, by its scope only, whom the melder can call
        String pad = "/api/v1/triages/" + melding.meldingId() + "/contactpersoon";
        String meldingService = Testtokens.partnersysteem("Veilig Thuis Keten melding-service",
                "terugkoppeling:contactpersoon");
        // read from the event store: the decision just taken, whatever a read model has seen yet
        HttpResponse<String> contact = Toegangsmatrix.als(port, meldingService, "GET", pad, null);
        assertThat(contact.statusCode()).isEqualTo(200);
        JsonNode persoon = JSON.readTree(contact.body());
        assertThat(persoon.get("rol").asString()).isEqualTo("TRIAGIST");
        assertThat(persoon.get("naam").asString()).isEqualTo("A. de Vries");
        assertThat(persoon.get("telefoon").asString()).isEqualTo("010-1234567");
        assertThat(persoon.get("organisatie").asString()).isEqualTo("Veilig Thuis Rotterdam Rijnmond");
        // no onderzoek: after the onderzoek asked for, still the triagist; a bad moment names the parameter
        assertThat(JSON.readTree(Toegangsmatrix.als(port, meldingService, "GET", pad + "?moment=NA_ONDERZOEK", null)
                .body()).get("rol").asString()).isEqualTo("TRIAGIST");
        assertThat(Toegangsmatrix.als(port, meldingService, "GET", pad + "?moment=LATER", null).statusCode())
                .isEqualTo(400);
        assertThat(Toegangsmatrix.als(port, meldingService, "GET", "/api/v1/triages/" + UUID.randomUUID()
                + "/contactpersoon", null).statusCode()).isEqualTo(404);
        // the scope reads the contact person, not the triage itself
        assertThat(Toegangsmatrix.als(port, meldingService, "GET", "/api/v1/triages/" + melding.meldingId(), null)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void r3_spoedFromAnAcuutMeldingIsActionableAtOnce() throws Exception {
        // R2, R3: the moment it arrives, VT can decide SPOED; SPOED needs acute unsafety as its severity
        var melding = meldingOntvangen(klok.instant(), true);
        awaitTriage(melding.meldingId());
        // the responsibility is a second event of the same command: the projection may show it a moment later
        JsonNode triage = await().atMost(Duration.ofSeconds(20))
                .until(() -> awaitTriage(melding.meldingId()),
                        t -> "VEILIG_THUIS".equals(t.get("zichtOpVeiligheidBij").asString()));
        assertThat(triage.get("monitoringsfrequentie").asString()).isEqualTo("DAGELIJKS");
        var teLicht = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "SPOED", "triagist": {"naam": "D. Smit", "telefoon": "010-2223334"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Direct handelen"}""");
        assertThat(teLicht.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(teLicht.body()).get("regel").asString()).isEqualTo("R3");
        var spoed = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "SPOED", "triagist": {"naam": "D. Smit", "telefoon": "010-2223334"},
                 "ernst": "ACUUT_ONVEILIG", "onderbouwing": "Kinderen alleen thuis; politie ter plaatse"}""");
        assertThat(spoed.statusCode()).isEqualTo(200);
        KetenEvent afgerond = awaitPublished("triage-afgerond", melding.gezinId());
        EventContract.assertValid("triage-afgerond.v1", afgerond.data());
        assertThat(JSON.readTree(afgerond.data()).get("uitkomst").asString()).isEqualTo("SPOED");
        assertThat(JSON.readTree(afgerond.data()).get("ernst").asString()).isEqualTo("ACUUT_ONVEILIG");
    }

    @Test
    void aMeldingWhileVeiligThuisIsInvolvedIsARepeat() throws Exception {
        // issue point 3: a melding about a gezin VT is already involved with is marked as a herhaalmelding
        var eerste = meldingOntvangen(klok.instant());
        awaitTriage(eerste.meldingId());
        var tweede = meldingOntvangen(klok.instant(), false, eerste.gezinId());
        JsonNode triage = awaitTriage(tweede.meldingId());
        assertThat(triage.get("herhaalmelding").asBoolean()).isTrue();
        KetenEvent geopend = await().atMost(Duration.ofSeconds(30))
                .until(() -> published("triage-geopend", eerste.gezinId()), list -> list.size() == 2)
                .stream().filter(e -> JSON.readTree(e.data()).get("meldingId").asString().equals(tweede.meldingId()))
                .findFirst().orElseThrow();
        EventContract.assertValid("triage-geopend.v1", geopend.data());
        assertThat(JSON.readTree(geopend.data()).get("herhaalmelding").asBoolean()).isTrue();
        assertThat(awaitTriage(eerste.meldingId()).get("herhaalmelding").asBoolean()).isFalse();
    }

    @Test
    void aMeldingKoppeledToAKnownGezinCountsForThatGezin() throws Exception {
        // issue 3 point 3, R2: after the koppeling the triage, its zicht op veiligheid and later repeats belong to
        // the known gezin
        String bekendGezin = UUID.randomUUID().toString();
        var melding = meldingOntvangen(klok.instant(), true);
        awaitZichtBijVeiligThuis(melding.gezinId());
        String koppeling = """
                {"meldingId": "%s", "gezinId": "%s", "vorigGezinId": "%s", "gekoppeldOp": "%s",
                 "actor": {"rol": "VEILIG_THUIS_MEDEWERKER", "organisatie": "Veilig Thuis"}}"""
                .formatted(melding.meldingId(), bekendGezin, melding.gezinId(), klok.instant());
        EventContract.assertValid("melding-aan-gezin-gekoppeld.v1", koppeling.getBytes(StandardCharsets.UTF_8));
        var event = new KetenEvent(UUID.randomUUID().toString(),
                "nl.veilig-thuis.keten.melding.melding-aan-gezin-gekoppeld.v1",
                URI.create("urn:nl-veilig-thuis:keten:melding-service"), bekendGezin, klok.instant(), null, null,
                null, null, koppeling.getBytes(StandardCharsets.UTF_8));
        var record = CloudEventsKafkaCodec.encode(KetenTopics.MELDING, event);
        producer.send(record).get();
        producer.send(record).get(); // redelivery

        JsonNode zicht = awaitZichtBijVeiligThuis(bekendGezin);
        assertThat(zicht.at("/geschiedenis/0/meldingId").asString()).isEqualTo(melding.meldingId());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> bekendGezin.equals(awaitTriage(melding.meldingId()).get("gezinId").asString()));
        JsonNode vorig = JSON.readTree(get("/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid").body());
        assertThat(vorig.get("houder").isNull()).isTrue();
        // a new melding about the known gezin while VT holds zicht op veiligheid is a repeat
        var tweede = meldingOntvangen(klok.instant(), false, bekendGezin);
        assertThat(awaitTriage(tweede.meldingId()).get("herhaalmelding").asBoolean()).isTrue();
        // later events of the koppeled melding carry the known gezin
        post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "SPOED", "triagist": {"naam": "D. Smit", "telefoon": "010-2223334"},
                 "ernst": "ACUUT_ONVEILIG", "onderbouwing": "Direct handelen"}""");
        assertThat(JSON.readTree(awaitPublished("triage-afgerond", bekendGezin).data()).get("meldingId").asString())
                .isEqualTo(melding.meldingId());
    }

    @Test
    void anInvalidDecisionIsRefusedWithAllFieldsAndChangesNothing() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        long voor = eventsDoorVerzoeken();
        var response = post("/api/v1/triages/" + melding.meldingId() + "/besluit",
                "{\"triagist\": {\"naam\": \"\"}, \"onderbouwing\": \"\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("uitkomst", "triagist.naam", "triagist.telefoon", "ernst",
                "onderbouwing");
        // R3: severity is a code list
        var onbekendeErnst = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "ONDERZOEK", "triagist": {"naam": "A", "telefoon": "1"}, "ernst": "HOOG",
                 "onderbouwing": "x"}""");
        assertThat(onbekendeErnst.statusCode()).isEqualTo(400);
        assertThat(onbekendeErnst.body()).contains("ernst");
        // R7: a handover after triage carries advice
        var zonderAdvies = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "A", "telefoon": "1"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "x"}""");
        assertThat(zonderAdvies.statusCode()).isEqualTo(400);
        assertThat(zonderAdvies.body()).contains("advies");
        assertThat(eventsDoorVerzoeken()).isEqualTo(voor);
        assertThat(post("/api/v1/triages/" + UUID.randomUUID() + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "A", "telefoon": "1"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "x"}""")
                .statusCode()).isEqualTo(404);
    }
}
