package nl.veiligthuis.keten.triage.zicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who holds zicht op veiligheid per gezin (R2), and a returned zaak back on Veilig Thuis' worklist (R9).
 */
class ZichtOpVeiligheidIntegrationTest extends TriageKetenBasis {

    @Test
    void anAcuutOnveiligeMeldingIsVeiligThuisResponsibilityFromReceipt() throws Exception {
        // R2: who holds zicht op veiligheid per gezin, since when and on what ground, also at an earlier moment
        Instant ontvangenOp = klok.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        var melding = meldingOntvangen(ontvangenOp, true);
        JsonNode zicht = awaitZichtBijVeiligThuis(melding.gezinId());
        assertThat(zicht.get("gezinId").asString()).isEqualTo(melding.gezinId());
        assertThat(Instant.parse(zicht.get("sinds").asString())).isEqualTo(ontvangenOp);
        assertThat(zicht.get("grond").asString()).isEqualTo("ACUUT_ONVEILIG");
        assertThat(zicht.get("geschiedenis")).hasSize(1);
        assertThat(zicht.at("/geschiedenis/0/meldingId").asString()).isEqualTo(melding.meldingId());

        JsonNode daarvoor = JSON.readTree(get("/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid?op="
                + ontvangenOp.minusSeconds(1)).body());
        assertThat(daarvoor.get("houder").isNull()).isTrue();
        assertThat(daarvoor.get("geschiedenis")).isEmpty();
        JsonNode onbekend = JSON.readTree(get("/api/v1/gezinnen/" + UUID.randomUUID() + "/zicht-op-veiligheid").body());
        assertThat(onbekend.get("houder").isNull()).isTrue();
        assertThat(onbekend.get("geschiedenis")).isEmpty();

        KetenEvent event = awaitPublished("zicht-op-veiligheid-bij-veilig-thuis", melding.gezinId());
        EventContract.assertValid("zicht-op-veiligheid-bij-veilig-thuis.v1", event.data());
        assertThat(JSON.readTree(event.data()).get("grond").asString()).isEqualTo("ACUUT_ONVEILIG");
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid");
    }

    @Test
    void r9_aReturnedZaakIsBackOnVeiligThuisWorklistWithZichtOpVeiligheidAndCounted() throws Exception {
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        var besluit = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "E. Visser", "telefoon": "010-3334445"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "Hulp bij opvoeding", "advies": "Gezinscoach"}""");
        String overdrachtId = JSON.readTree(besluit.body()).get("overdrachtId").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/overdrachten/" + overdrachtId).statusCode() == 200);
        String zaakId = UUID.randomUUID().toString();

        // R2: the wijkteam accepted: from then on it holds zicht op veiligheid
        Instant geaccepteerdOp = klok.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        wijkteamEvent("overdracht-geaccepteerd", melding.gezinId(), """
                {"zaakId": "%s", "overdrachtId": "%s", "gezinId": "%s", "geaccepteerdOp": "%s",
                 "actor": {"rol": "WIJKTEAMMEDEWERKER", "organisatie": "Wijkteam Vlaardingen"}}"""
                .formatted(zaakId, overdrachtId, melding.gezinId(), geaccepteerdOp));
        String zichtPad = "/api/v1/gezinnen/" + melding.gezinId() + "/zicht-op-veiligheid";
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "WIJKTEAM".equals(JSON.readTree(get(zichtPad).body()).get("houder").asString()));

        // R9: the wijkteam returns it: back to VT, on the worklist for a new decision, counted once per return
        Instant teruggemeldOp = geaccepteerdOp.plusSeconds(60);
        var terugmelding = wijkteamEvent("zaak-teruggemeld", melding.gezinId(), """
                {"zaakId": "%s", "overdrachtId": "%s", "meldingId": "%s", "gezinId": "%s", "route": "NA_TRIAGE",
                 "reden": "ONVOLDOENDE_MIDDELEN", "teruggemeldOp": "%s",
                 "actor": {"rol": "WIJKTEAMMEDEWERKER", "organisatie": "Wijkteam Vlaardingen"}}"""
                .formatted(zaakId, overdrachtId, melding.meldingId(), melding.gezinId(), teruggemeldOp));
        producer.send(terugmelding).get(); // redelivery
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "TERUGGEMELD".equals(JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body())
                        .get("status").asString()));
        JsonNode zicht = awaitZichtBijVeiligThuis(melding.gezinId());
        assertThat(zicht.get("grond").asString()).isEqualTo("ZAAK_TERUGGEMELD");
        assertThat(Instant.parse(zicht.get("sinds").asString())).isEqualTo(teruggemeldOp);
        assertThat(zicht.get("terugmeldingen").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body()).get("aantalTerugmeldingen")
                .asInt()).isEqualTo(1);
        KetenEvent terug = await().atMost(Duration.ofSeconds(30))
                .until(() -> published("zicht-op-veiligheid-bij-veilig-thuis", melding.gezinId()),
                        list -> list.stream().anyMatch(e -> JSON.readTree(e.data()).get("grond").asString()
                                .equals("ZAAK_TERUGGEMELD")))
                .stream().filter(e -> JSON.readTree(e.data()).get("grond").asString().equals("ZAAK_TERUGGEMELD"))
                .findFirst().orElseThrow();
        EventContract.assertValid("zicht-op-veiligheid-bij-veilig-thuis.v1", terug.data());

        // a new decision hands it over again under a new overdracht
        var opnieuw = post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "F. de Boer", "telefoon": "010-5556667"},
                 "ernst": "STRUCTUREEL_ONVEILIG", "onderbouwing": "Ander aanbod nodig", "advies": "Specialistische hulp"}""");
        assertThat(opnieuw.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(opnieuw.body()).get("overdrachtId").asString()).isNotEqualTo(overdrachtId);
        assertThat(JSON.readTree(get(zichtPad).body()).get("terugmeldingen").asInt()).isEqualTo(1);
        // issue 14 point 5: the melder's new letter names who took the new decision, at once (the event store, not a
        // read model that may still hold the first round)
        JsonNode contact = JSON.readTree(Toegangsmatrix.als(port, Testtokens.partnersysteem(
                "Veilig Thuis Keten melding-service", "terugkoppeling:contactpersoon"), "GET",
                "/api/v1/triages/" + melding.meldingId() + "/contactpersoon", null).body());
        assertThat(contact.get("naam").asString()).isEqualTo("F. de Boer");
        assertThat(contact.get("telefoon").asString()).isEqualTo("010-5556667");
    }
}
