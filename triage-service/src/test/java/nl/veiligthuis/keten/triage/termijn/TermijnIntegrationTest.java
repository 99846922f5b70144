package nl.veiligthuis.keten.triage.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * Terms that pass while nobody acts (R1, R2, R4, R5). These tests move the clock forward, so the shared context is
 * closed after this class, and this class runs after the other classes of that context (see
 * {@code junit-platform.properties}).
 */
@DirtiesContext
@Order(Order.DEFAULT + 2)
class TermijnIntegrationTest extends TriageKetenBasis {

    @Test
    void aTriageTermPassingUnnoticedIsPublished() throws Exception {
        // R1, R2: nobody decides; the persisted deadline fires when the clock passes the fifth working day
        var melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        klok.verschuif(Duration.ofDays(10));
        KetenEvent overschreden = awaitPublished("triagetermijn-overschreden", melding.gezinId());
        EventContract.assertValid("triagetermijn-overschreden.v1", overschreden.data());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                JSON.readTree(get("/api/v1/triages/" + melding.meldingId()).body()).get("zichtOpVeiligheidBijVeiligThuis").asBoolean());
        // R2: per gezin, since the end of the fifth working day
        JsonNode zicht = awaitZichtBijVeiligThuis(melding.gezinId());
        assertThat(zicht.get("grond").asString()).isEqualTo("TRIAGETERMIJN_OVERSCHREDEN");
        LocalDate uiterlijk = LocalDate.parse(JSON.readTree(overschreden.data()).get("uiterlijkAfgerondOp").asString());
        assertThat(Instant.parse(zicht.get("sinds").asString())).isEqualTo(Werkdagen.eindeVan(uiterlijk));
        EventContract.assertValid("zicht-op-veiligheid-bij-veilig-thuis.v1",
                awaitPublished("zicht-op-veiligheid-bij-veilig-thuis", melding.gezinId()).data());
    }

    @Test
    void r5_wachtcontactenKeepTheFrequencyAndAMissedOneIsSignalledAndShownOnTheWorklist() throws Exception {
        // R5: while the case waits, VT checks on safety at the case's frequency; nothing in between
        var melding = meldingOntvangen(klok.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600));
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId() + "/wachtcontacten";
        String medewerker = "\"medewerker\": {\"naam\": \"C. Bakker\", \"telefoon\": \"010-5555555\"}";

        var ongeldig = post(pad, "{\"wijze\": \"BRIEF\", " + medewerker + "}");
        assertThat(ongeldig.statusCode()).isEqualTo(400);
        var onvolledig = post(pad, "{}");
        assertThat(onvolledig.statusCode()).isEqualTo(400);
        assertThat(onvolledig.body()).contains("wijze", "veiligheidOngewijzigd", "medewerker");
        var toekomst = post(pad, "{\"contactOp\": \"2999-01-01T00:00:00Z\", \"wijze\": \"TELEFONISCH\", "
                + "\"veiligheidOngewijzigd\": true, " + medewerker + "}");
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("contactOp");

        // after the triage opened (its default frequency is the start of the first interval); the store keeps micros
        Instant contactOp = klok.instant().truncatedTo(ChronoUnit.MILLIS);
        var contact = post(pad, "{\"contactOp\": \"" + contactOp + "\", \"wijze\": \"HUISBEZOEK\", "
                + "\"veiligheidOngewijzigd\": true, " + medewerker + "}");
        assertThat(contact.statusCode()).isEqualTo(201);
        // a new (non-acuut) melding is checked weekly by default
        assertThat(Instant.parse(JSON.readTree(contact.body()).get("volgendContactUiterlijkOp").asString()))
                .isEqualTo(contactOp.plus(Duration.ofDays(7)));
        KetenEvent vastgelegd = awaitPublished("wachtcontact-vastgelegd", melding.gezinId());
        EventContract.assertValid("wachtcontact-vastgelegd.v1", vastgelegd.data());
        assertThat(new String(vastgelegd.data(), StandardCharsets.UTF_8)).doesNotContain("Bakker", "010-5555555");
        assertThat(vastgelegd.dataref().getPath()).isEqualTo("/api/v1/triages/" + melding.meldingId());

        JsonNode opDeWerkvoorraad = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> werkvoorraadZaak(melding.meldingId()), zaak -> !zaak.get("laatsteWachtcontactOp").isNull());
        assertThat(Instant.parse(opDeWerkvoorraad.get("laatsteWachtcontactOp").asString())).isEqualTo(contactOp);
        assertThat(opDeWerkvoorraad.get("wachtcontactAchterstallig").asBoolean()).isFalse();

        // VT raises the frequency to daily; two days pass without a contact
        assertThat(post("/api/v1/triages/" + melding.meldingId() + "/monitoringsfrequentie", """
                {"frequentie": "DAGELIJKS", "wijze": "Telefonisch contact met moeder",
                 "medewerker": {"naam": "C. Bakker", "telefoon": "010-5555555"}}""").statusCode()).isEqualTo(200);
        klok.verschuif(Duration.ofDays(2));
        KetenEvent gemist = awaitPublished("wachtcontact-gemist", melding.gezinId());
        EventContract.assertValid("wachtcontact-gemist.v1", gemist.data());
        JsonNode gemistPayload = JSON.readTree(gemist.data());
        assertThat(gemistPayload.get("monitoringsfrequentie").asString()).isEqualTo("DAGELIJKS");
        assertThat(Instant.parse(gemistPayload.get("laatsteContactOp").asString())).isEqualTo(contactOp);
        assertThat(gemistPayload.get("gemisteIntervallen").asInt()).isBetween(1, 2);
        JsonNode achterstallig = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> werkvoorraadZaak(melding.meldingId()), zaak -> zaak.get("wachtcontactAchterstallig")
                        .asBoolean());
        assertThat(achterstallig.get("monitoringsfrequentie").asString()).isEqualTo("DAGELIJKS");

        // a contact makes it right again
        assertThat(post(pad, "{\"wijze\": \"MET_MELDER\", \"veiligheidOngewijzigd\": false, " + medewerker + "}")
                .statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> !werkvoorraadZaak(melding.meldingId())
                .get("wachtcontactAchterstallig").asBoolean());

        // R5: closed at triage, the case no longer waits: a wachtcontact is refused
        assertThat(post("/api/v1/triages/" + melding.meldingId() + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "A. de Vries", "telefoon": "010-1234567"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "Geen zorgen"}""").statusCode())
                .isEqualTo(200);
        var nietWachtend = post(pad, "{\"wijze\": \"TELEFONISCH\", \"veiligheidOngewijzigd\": true, "
                + medewerker + "}");
        assertThat(nietWachtend.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(nietWachtend.body()).get("regel").asString()).isEqualTo("R5");
        assertThat(post("/api/v1/triages/" + UUID.randomUUID() + "/wachtcontacten", "{\"wijze\": \"TELEFONISCH\", "
                + "\"veiligheidOngewijzigd\": true, " + medewerker + "}").statusCode()).isEqualTo(404);
    }

    @Test
    void aJustifiedOverrunMovesTheTermAndIsNoBreach() throws Exception {
        // R4: two onderzoeken of the same day; only the one without a recorded reason breaches at 10 weeks
        var gerechtvaardigd = onderzoekGestart();
        var zonderReden = onderzoekGestart();
        LocalDate oud = LocalDate.parse(onderzoek(gerechtvaardigd.onderzoekId()).get("uiterlijkAfgerondOp").asString());
        LocalDate nieuw = oud.plusWeeks(4);

        var zonderDatum = post("/api/v1/onderzoeken/" + gerechtvaardigd.onderzoekId() + "/overschrijding",
                "{\"reden\": \"MDCK_ZAAK\", \"toelichting\": \"MDCK-onderzoek loopt\"}");
        assertThat(zonderDatum.statusCode()).isEqualTo(400);
        assertThat(zonderDatum.body()).contains("nieuweEinddatum");
        var overschrijding = post("/api/v1/onderzoeken/" + gerechtvaardigd.onderzoekId() + "/overschrijding", """
                {"reden": "MULTIPROBLEEM_GEZIN", "toelichting": "Beide ouders met psychische problemen",
                 "nieuweEinddatum": "%s"}""".formatted(nieuw));
        assertThat(overschrijding.statusCode()).isEqualTo(200);

        LocalDate eindeZonderReden =
                LocalDate.parse(onderzoek(zonderReden.onderzoekId()).get("uiterlijkAfgerondOp").asString());
        Instant voorbijOudeEinde = Werkdagen.eindeVan(oud.isAfter(eindeZonderReden) ? oud : eindeZonderReden);
        klok.verschuif(Duration.between(klok.instant(), voorbijOudeEinde).plusHours(1));

        EventContract.assertValid("onderzoekstermijn-overschreden.v1",
                awaitPublished("onderzoekstermijn-overschreden", zonderReden.melding().gezinId()).data());
        await().atMost(Duration.ofSeconds(20)).until(() ->
                onderzoek(zonderReden.onderzoekId()).get("termijnOverschreden").asBoolean());
        JsonNode view = onderzoek(gerechtvaardigd.onderzoekId());
        assertThat(view.get("uiterlijkAfgerondOp").asString()).isEqualTo(nieuw.toString());
        assertThat(view.get("redenOverschrijding").asString()).isEqualTo("MULTIPROBLEEM_GEZIN");
        assertThat(view.get("termijnOverschreden").asBoolean()).isFalse();
        KetenEvent verlengd = awaitPublished("onderzoekstermijn-verlengd", gerechtvaardigd.melding().gezinId());
        EventContract.assertValid("onderzoekstermijn-verlengd.v1", verlengd.data());
        assertThat(JSON.readTree(verlengd.data()).get("uiterlijkAfgerondOp").asString()).isEqualTo(nieuw.toString());
        assertThat(new String(verlengd.data(), StandardCharsets.UTF_8)).doesNotContain("psychische");
        assertThat(published("onderzoekstermijn-overschreden", gerechtvaardigd.melding().gezinId())).isEmpty();
    }
}
