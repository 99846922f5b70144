package nl.veiligthuis.keten.wijkteam.contact;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 14 point 6 (001 §3.3; R13, R19): the contact log over REST, its signals, and what goes on the topic. */
class ContactlogboekIntegrationTest extends WijkteamIntegratieBasis {

    private static final String TYPE = "nl.veilig-thuis.keten.wijkteam.";
    private static final String MEDEWERKER = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String BEVINDING = "Dochter vertelt dat vader weer langskomt; moeder is bang";
    private static final String MET = "mentor van de dochter";

    @Test
    void r13_r19_issue14_contactsAreLoggedAndAnUnsafeChildWithoutContactForLongerThanTheFrequencyIsASignal()
            throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = api.openZaak(gezinId);
        String pad = "/api/v1/zaken/" + zaakId;
        // R19: no contact log before the wijkteam has the zaak in treatment
        assertRegel(api.post(pad + "/contacten", contact("SCHOOL", "[]", "GEEN_ZORGEN")), "R19");
        api.accepteer(zaakId, MEDEWERKER);
        String kind = api.ok(pad + "/gezinsleden", """
                {"rol": "KIND", "aanduiding": "dochter", "medewerker": %s}""".formatted(MEDEWERKER))
                .get("lidId").asString();
        // no child unsafe: no term runs
        assertThat(api.lees(pad + "/contacten").get("volgendContactUiterlijk").isNull()).isTrue();
        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", """
                {"instrument": "LIRIK", "oordeel": "ONVEILIG", "onderbouwing": "klappen", "medewerker": %s}"""
                .formatted(MEDEWERKER));
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN"));
        JsonNode leeg = api.lees(pad + "/contacten");
        assertThat(leeg.at("/frequentie/dagen").asInt()).isEqualTo(14);
        assertThat(leeg.at("/frequentie/afgesproken").asBoolean()).isFalse();
        assertThat(leeg.get("laatsteContactOp").isNull()).isTrue();
        assertThat(leeg.get("volgendContactUiterlijk").asString()).isEqualTo(vandaag().plusDays(14).toString());
        assertThat(api.signalen(zaakId)).doesNotContain("CONTACT_ACHTERSTALLIG");

        // accepted 20 days ago and no contact since, with a child judged unsafe: the zaak and the worklist say so
        // (the moment is put back below, so a herbouw in this context finds the row as the events make it)
        java.sql.Timestamp geaccepteerdOp = jdbc.queryForObject(
                "SELECT geaccepteerd_op FROM zaak_overzicht WHERE zaak_id = ?", java.sql.Timestamp.class, zaakId);
        jdbc.update("UPDATE zaak_overzicht SET geaccepteerd_op = now() - interval '20 days' WHERE zaak_id = ?", zaakId);
        assertThat(api.signalen(zaakId)).contains("CONTACT_ACHTERSTALLIG");
        assertThat(api.lees(pad + "/contacten").get("contactAchterstallig").asBoolean()).isTrue();
        assertThat(werkvoorraad(zaakId)).contains("CONTACT_ACHTERSTALLIG");

        // a home visit where nobody was seen is logged but is no contact
        var nietThuis = api.post(pad + "/contacten", contact("HUISBEZOEK", "[]", "ZORGEN_ONVERANDERD"));
        assertThat(nietThuis.statusCode()).as(nietThuis.body()).isEqualTo(201);
        String nietThuisId = JSON.readTree(nietThuis.body()).get("contactId").asString();
        await().atMost(LANG).until(() -> api.lees(pad + "/contacten").get("contacten").size() == 1);
        assertThat(api.signalen(zaakId)).contains("CONTACT_ACHTERSTALLIG");

        // the school saw more worries: a contact, so the term starts again, and it asks for a new judgement
        String schoolId = api.ok(pad + "/contacten", """
                {"soort": "SCHOOL", "op": "%s", "met": "%s", "beeld": "ZORGEN_TOEGENOMEN", "bevinding": "%s",
                 "medewerker": %s}""".formatted(vandaag(), MET, BEVINDING, MEDEWERKER)).get("contactId").asString();
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("CONTACT_ACHTERSTALLIG"));
        assertThat(api.signalen(zaakId)).contains("CONTACT_VRAAGT_OM_NIEUWE_INSCHATTING");
        jdbc.update("UPDATE zaak_overzicht SET geaccepteerd_op = ? WHERE zaak_id = ?", geaccepteerdOp, zaakId);
        JsonNode logboek = api.lees(pad + "/contacten");
        assertThat(logboek.get("laatsteContactOp").asString()).isEqualTo(vandaag().toString());
        assertThat(logboek.get("contactAchterstallig").asBoolean()).isFalse();
        assertThat(logboek.get("contacten").size()).isEqualTo(2);
        JsonNode perId = contact(logboek, schoolId);
        assertThat(contact(logboek, nietThuisId).get("teltAlsContact").asBoolean()).isFalse();
        assertThat(perId.get("soort").asString()).isEqualTo("SCHOOL");
        assertThat(perId.get("met").asString()).isEqualTo(MET);
        assertThat(perId.get("bevinding").asString()).isEqualTo(BEVINDING);
        assertThat(perId.get("teltAlsContact").asBoolean()).isTrue();
        assertThat(perId.at("/medewerker/naam").asString()).isEqualTo("Fatima el Amrani");

        // judged again: the contact's worries are answered
        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", """
                {"instrument": "LIRIK", "oordeel": "ONVEILIG", "onderbouwing": "nog steeds", "medewerker": %s}"""
                .formatted(MEDEWERKER));
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("CONTACT_VRAAGT_OM_NIEUWE_INSCHATTING"));

        // a week agreed: ten days after the latest contact it is late again
        JsonNode afgesproken = api.ok(pad + "/contactfrequentie", """
                {"dagen": 7, "reden": "wekelijks huisbezoek in het veiligheidsplan", "medewerker": %s}"""
                .formatted(MEDEWERKER));
        assertThat(afgesproken.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(afgesproken.get("dagen").asInt()).isEqualTo(7);
        await().atMost(LANG).until(() -> api.lees(pad + "/contacten").at("/frequentie/dagen").asInt() == 7);
        JsonNode frequentie = api.lees(pad + "/contacten").get("frequentie");
        assertThat(frequentie.get("afgesproken").asBoolean()).isTrue();
        assertThat(frequentie.get("reden").asString()).isEqualTo("wekelijks huisbezoek in het veiligheidsplan");
        jdbc.update("UPDATE zaak_overzicht SET laatste_contact_op = current_date - 10 WHERE zaak_id = ?", zaakId);
        assertThat(api.signalen(zaakId)).contains("CONTACT_ACHTERSTALLIG");
        // a home visit where the child was seen counts
        api.ok(pad + "/contacten", contact("HUISBEZOEK", "[\"" + kind + "\"]", "ZORGEN_ONVERANDERD"));
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("CONTACT_ACHTERSTALLIG"));

        // on the topic: codes, the day and the lidIds seen; never with whom in words, what it showed, or a name (D4)
        var contacten = api.records(TYPE + "contact-vastgelegd.v1", zaakId, 3);
        assertThat(contacten).hasSize(3);
        for (ConsumerRecord<String, byte[]> record : contacten) {
            KetenEvent event = CloudEventsKafkaCodec.decode(record);
            assertThat(record.key()).isEqualTo(gezinId);
            assertThat(event.dataref().getPath()).isEqualTo(pad + "/contacten");
            EventContract.assertValid("contact-vastgelegd.v1", event.data());
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Fatima", "Amrani", "010-2345678", BEVINDING, MET, "Moeder en dochter");
        }
        JsonNode eerste = JSON.readTree(CloudEventsKafkaCodec.decode(contacten.get(0)).data());
        assertThat(eerste.get("soort").asString()).isEqualTo("HUISBEZOEK");
        assertThat(eerste.get("teltAlsContact").asBoolean()).isFalse();
        JsonNode laatste = JSON.readTree(CloudEventsKafkaCodec.decode(contacten.get(2)).data());
        assertThat(laatste.get("gezien").get(0).asString()).isEqualTo(kind);
        assertThat(laatste.get("teltAlsContact").asBoolean()).isTrue();
        var frequenties = api.records(TYPE + "contactfrequentie-afgesproken.v1", zaakId, 1);
        EventContract.assertValid("contactfrequentie-afgesproken.v1",
                CloudEventsKafkaCodec.decode(frequenties.get(0)).data());
        assertThat(new String(frequenties.get(0).value(), StandardCharsets.UTF_8)).doesNotContain("wekelijks");
    }

    @Test
    void r13_r19_issue14_badContactsAndFrequenciesAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        String pad = "/api/v1/zaken/" + zaakId;
        api.accepteer(zaakId, MEDEWERKER);
        long events = events(zaakId);

        assertThat(invalidParams(api.post(pad + "/contacten", "{}")))
                .containsExactly("beeld", "bevinding", "medewerker", "op", "soort");
        assertThat(invalidParams(api.post(pad + "/contacten", """
                {"soort": "BRIEF", "op": "2026-01-01", "beeld": "GEEN_ZORGEN", "bevinding": "x", "medewerker": %s}"""
                .formatted(MEDEWERKER)))).containsExactly("soort");
        assertThat(invalidParams(api.post(pad + "/contacten", """
                {"soort": "HUISBEZOEK", "op": "2999-01-01", "gezien": ["geen-uuid"], "met": "%s",
                 "beeld": "GEEN_ZORGEN", "bevinding": " ", "medewerker": %s}"""
                .formatted("x".repeat(501), MEDEWERKER))))
                .containsExactly("bevinding", "gezien[0]", "met", "op");
        // an unreadable code beside another invalid field: both named, the list element as above
        assertThat(invalidParams(api.post(pad + "/contacten", """
                {"soort": "HUISBEZOEK", "op": "2026-01-01", "gezien": ["geen-uuid"], "beeld": "MEH", "bevinding": "x",
                 "medewerker": %s}""".formatted(MEDEWERKER)))).containsExactly("beeld", "gezien[0]");
        // R19: a gezinslid unknown in the zaak, a day before the acceptance
        assertRegel(api.post(pad + "/contacten", contact("HUISBEZOEK", "[\"" + UUID.randomUUID() + "\"]",
                "GEEN_ZORGEN")), "R19");
        assertRegel(api.post(pad + "/contacten", """
                {"soort": "SCHOOL", "op": "%s", "beeld": "GEEN_ZORGEN", "bevinding": "x", "medewerker": %s}"""
                .formatted(vandaag().minusDays(400), MEDEWERKER)), "R19");

        assertThat(invalidParams(api.post(pad + "/contactfrequentie", "{}"))).containsExactly("dagen", "medewerker");
        assertThat(invalidParams(api.post(pad + "/contactfrequentie", """
                {"dagen": 0, "medewerker": %s}""".formatted(MEDEWERKER)))).containsExactly("dagen");
        assertThat(invalidParams(api.post(pad + "/contactfrequentie", """
                {"dagen": 93, "medewerker": %s}""".formatted(MEDEWERKER)))).containsExactly("dagen");

        String onbekend = "/api/v1/zaken/" + UUID.randomUUID();
        assertProblem(api.get(onbekend + "/contacten"), 404);
        assertProblem(api.post(onbekend + "/contacten", contact("SCHOOL", "[]", "GEEN_ZORGEN")), 404);
        assertThat(events(zaakId)).isEqualTo(events);
        assertThat(api.lees(pad + "/contacten").get("contacten").isEmpty()).isTrue();
    }

    @Test
    void d6_issue14_theContactEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = api.lees("/api/v1/openapi.json");
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode paden = doc.get("paths");
        assertThat(paden.at("/~1api~1v1~1zaken~1{zaakId}~1contacten/post/summary").asString()).contains("punt 6");
        assertThat(paden.at("/~1api~1v1~1zaken~1{zaakId}~1contacten/get/summary").asString()).contains("punt 6");
        assertThat(paden.at("/~1api~1v1~1zaken~1{zaakId}~1contactfrequentie/post/summary").asString())
                .contains("R13");
    }

    private static JsonNode contact(JsonNode logboek, String contactId) {
        for (JsonNode contact : logboek.get("contacten")) {
            if (contact.get("contactId").asString().equals(contactId)) {
                return contact;
            }
        }
        throw new AssertionError("contact " + contactId + " niet in het logboek: " + logboek);
    }

    private long events(String zaakId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId);
    }

    private String werkvoorraad(String zaakId) throws Exception {
        for (JsonNode zaak : api.lees("/api/v1/werkvoorraad?gemeente=Vlaardingen").get("zaken")) {
            if (zaak.get("zaakId").asString().equals(zaakId)) {
                return zaak.get("signalen").toString();
            }
        }
        return "";
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static String contact(String soort, String gezien, String beeld) {
        return """
                {"soort": "%s", "op": "%s", "gezien": %s, "beeld": "%s",
                 "bevinding": "Moeder en dochter thuis; rustig", "medewerker": %s}"""
                .formatted(soort, vandaag(), gezien, beeld, MEDEWERKER);
    }
}
