package nl.veiligthuis.keten.wijkteam.nazorg;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import nl.veiligthuis.keten.wijkteam.intake.ZrmDomein;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 7 (001 §6.2: "De casusregisseur draagt ook zorg voor nazorg (monitoring) na afsluiting"): who
 * watches after closing and until when, the checks, and the signal when the term passes without one.
 */
@DirtiesContext
// moves the clock: after the classes that share the context, and after OndersteuningsplanIntegrationTest, each with a
// context of its own (junit-platform.properties)
@Order(Order.DEFAULT + 2)
class NazorgIntegrationTest extends WijkteamIntegratieBasis {

    private static final String TYPE = "nl.veilig-thuis.keten.wijkteam.";
    private static final String MEDEWERKER = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String TEAMLEIDER = "{\"naam\": \"Ria Vermeulen\"}";
    private static final String BEVINDING = "Moeder gebeld; de kinderen gaan naar school, geen nieuwe incidenten";

    @Autowired
    Klok klok;

    @Test
    void r16_issue14_aClosedZaaksNazorgIsWatchedAndATermWithoutACheckIsASignalUntilOneIsRecorded() throws Exception {
        LocalDate overmorgen = vandaag().plusDays(2);
        String zaakId = afsluitbareZaak();
        String pad = "/api/v1/zaken/" + zaakId;
        // R16: a check belongs to a closed zaak
        assertRegel(api.post(pad + "/nazorg/controles", controle(vandaag())), "R16");
        assertProblem(api.get(pad + "/nazorg"), 404);
        // nazorg ends after today, within a year; another organisation is named
        assertRegel(api.post(pad + "/afsluiting", afsluiting("""
                {"door": "CASUSREGISSEUR", "tot": "%s"}""".formatted(vandaag().plusYears(1).plusDays(1)))), "R16");
        assertRegel(api.post(pad + "/afsluiting", afsluiting("""
                {"door": "ANDERE_ORGANISATIE", "tot": "%s"}""".formatted(overmorgen))), "R16");
        assertThat(invalidParams(api.post(pad + "/afsluiting", afsluiting("""
                {"door": "BUURMAN", "tot": "2000-01-01"}""")))).containsExactly("nazorg.door", "nazorg.tot");
        sluit(zaakId, afsluiting("""
                {"door": "ANDERE_ORGANISATIE", "organisatie": "CJG Vlaardingen", "tot": "%s"}""".formatted(overmorgen)));
        // the teamleider reviewed the nazorg proposed (the read model follows the events: await it)
        await().atMost(LANG).until(() -> api.lees(pad + "/afsluiting").at("/voorstellen/0/nazorg/organisatie")
                .asString(""), "CJG Vlaardingen"::equals);

        JsonNode nazorg = await().atMost(LANG).until(() -> api.get(pad + "/nazorg"),
                antwoord -> antwoord.statusCode() == 200).body().transform(JSON::readTree);
        assertThat(nazorg.get("door").asString()).isEqualTo("ANDERE_ORGANISATIE");
        assertThat(nazorg.get("organisatie").asString()).isEqualTo("CJG Vlaardingen");
        assertThat(nazorg.get("tot").asString()).isEqualTo(overmorgen.toString());
        assertThat(nazorg.get("controles").isEmpty()).isTrue();
        assertThat(nazorgOpWerkvoorraad(zaakId).get("verlopen").asBoolean()).isFalse();
        JsonNode afgesloten = JSON.readTree(api.records(TYPE + "zaak-afgesloten.v1", zaakId, 1).get(0).value());
        assertThat(afgesloten.at("/nazorg/tot").asString()).isEqualTo(overmorgen.toString());
        assertThat(afgesloten.at("/nazorg/organisatie").asString()).isEqualTo("CJG Vlaardingen");

        // the last day passes without a check: a signal on the zaak and the worklist, and on the topic
        klok.verschuif(Duration.ofDays(3));
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("NAZORG_VERLOPEN"));
        assertThat(nazorgOpWerkvoorraad(zaakId).get("verlopen").asBoolean()).isTrue();
        ConsumerRecord<String, byte[]> verlopen = api.records(TYPE + "nazorg-verlopen.v1", zaakId, 1).get(0);
        EventContract.assertValid("nazorg-verlopen.v1", verlopen.value());

        // bad checks change nothing: a day before the closing, in the future, without a bevinding
        assertRegel(api.post(pad + "/nazorg/controles", controle(vandaag().minusDays(10))), "R16");
        assertThat(invalidParams(api.post(pad + "/nazorg/controles", """
                {"op": "2999-01-01", "beeld": "GEEN_ZORGEN", "bevinding": " ", "medewerker": %s}"""
                .formatted(MEDEWERKER)))).containsExactly("bevinding", "op");

        // a check after all, late: the signal is lifted and the worklist lets the zaak go
        var controle = api.post(pad + "/nazorg/controles", controle(vandaag()));
        assertThat(controle.statusCode()).as(controle.body()).isEqualTo(201);
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("NAZORG_VERLOPEN"));
        JsonNode nu = api.lees(pad + "/nazorg");
        assertThat(nu.at("/controles/0/binnenTermijn").asBoolean()).isFalse();
        assertThat(nu.at("/controles/0/bevinding").asString()).isEqualTo(BEVINDING);
        assertThat(nu.get("laatsteControleOp").asString()).isEqualTo(vandaag().toString());
        assertThat(nazorgOpWerkvoorraad(zaakId)).isNull();
        ConsumerRecord<String, byte[]> gecontroleerd = api.records(TYPE + "nazorgcontrole-vastgelegd.v1", zaakId, 1)
                .get(0);
        EventContract.assertValid("nazorgcontrole-vastgelegd.v1", gecontroleerd.value());
        assertThat(new String(gecontroleerd.value(), StandardCharsets.UTF_8)).doesNotContain(BEVINDING, "Fatima");
    }

    @Test
    void r16_issue14_aClosingWithoutAgreedNazorgIsWatchedByTheCasusregisseurForThreeMonths() throws Exception {
        String zaakId = afsluitbareZaak();
        sluit(zaakId, afsluiting(null));
        // the teamleider saw no nazorg proposed; the default is set at the approval
        JsonNode voorstel = await().atMost(LANG).until(() -> api.lees("/api/v1/zaken/" + zaakId + "/afsluiting")
                .at("/voorstellen/0"), gelezen -> !gelezen.isMissingNode());
        assertThat(voorstel.get("nazorg").isNull()).isTrue();
        JsonNode nazorg = await().atMost(LANG).until(() -> api.get("/api/v1/zaken/" + zaakId + "/nazorg"),
                antwoord -> antwoord.statusCode() == 200).body().transform(JSON::readTree);
        assertThat(nazorg.get("door").asString()).isEqualTo("CASUSREGISSEUR");
        assertThat(nazorg.get("organisatie").isNull()).isTrue();
        assertThat(nazorg.get("tot").asString()).isEqualTo(vandaag().plusMonths(3).toString());
    }

    /** A zaak whose every child is heard and safe, with the ZRM at start and end: ready to propose closing. */
    private String afsluitbareZaak() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        String pad = "/api/v1/zaken/" + zaakId;
        api.ok(pad + "/acceptatie", """
                {"team": "Westwijk", "medewerker": %s,
                 "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678", "organisatie": "Minters"}}"""
                .formatted(MEDEWERKER));
        String moeder = api.ok(pad + "/gezinsleden", "{\"rol\": \"OUDER\", \"medewerker\": " + MEDEWERKER + "}")
                .get("lidId").asString();
        String kind = api.ok(pad + "/gezinsleden", "{\"rol\": \"KIND\", \"medewerker\": " + MEDEWERKER + "}")
                .get("lidId").asString();
        api.ok(pad + "/gezinsleden/" + moeder + "/zrm", zrm("START"));
        api.ok(pad + "/gezinsleden/" + moeder + "/zrm", zrm("EIND"));
        api.ok(pad + "/gezinsleden/" + kind + "/gesprekken", """
                {"gesproken": true, "gevoerdOp": "2026-01-15", "medewerker": %s}""".formatted(MEDEWERKER));
        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", """
                {"instrument": "ETM", "oordeel": "VEILIG", "onderbouwing": "Geen zorgen meer", "medewerker": %s,
                 "volwassenen": ["%s"]}""".formatted(MEDEWERKER, moeder));
        return zaakId;
    }

    private void sluit(String zaakId, String voorstel) throws Exception {
        String pad = "/api/v1/zaken/" + zaakId;
        api.ok(pad + "/afsluiting", voorstel);
        api.ok(pad + "/afsluiting/beoordeling", "{\"besluit\": \"GOEDGEKEURD\", \"teamleider\": " + TEAMLEIDER + "}");
    }

    private JsonNode nazorgOpWerkvoorraad(String zaakId) throws Exception {
        for (JsonNode zaak : api.lees("/api/v1/werkvoorraad?gemeente=Vlaardingen").get("nazorg")) {
            if (zaak.get("zaakId").asString().equals(zaakId)) {
                return zaak;
            }
        }
        return null;
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(klok.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    private String controle(LocalDate op) {
        return """
                {"op": "%s", "beeld": "GEEN_ZORGEN", "bevinding": "%s", "medewerker": %s}"""
                .formatted(op, BEVINDING, MEDEWERKER);
    }

    private static String afsluiting(String nazorg) {
        return """
                {"uitkomst": "ZELFSTANDIG_VERDER", "onderbouwing": "Kind gesproken en veilig; ZRM verbeterd",
                 "informeren": [], "medewerker": %s%s}""".formatted(MEDEWERKER,
                nazorg == null ? "" : ", \"nazorg\": " + nazorg);
    }

    private static String zrm(String moment) {
        StringBuilder scores = new StringBuilder();
        for (ZrmDomein domein : ZrmDomein.values()) {
            scores.append(scores.isEmpty() ? "" : ", ").append('"').append(domein.name()).append("\": 3");
        }
        return """
                {"moment": "%s", "scores": {%s}, "peildatum": "2026-01-15", "medewerker": %s}"""
                .formatted(moment, scores, MEDEWERKER);
    }
}
