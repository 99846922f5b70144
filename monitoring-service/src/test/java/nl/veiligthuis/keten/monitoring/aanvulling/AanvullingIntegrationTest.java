package nl.veiligthuis.keten.monitoring.aanvulling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import nl.veiligthuis.keten.testinfra.Bytescan;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * R21 (issue 13 point 6): a correction and a gezinslid's own statement are added to the gezin's file beside what was
 * recorded, never over it; their text is personal data, encrypted, erased with the gezin; the topic and the timeline
 * say only that, and about what, one was added.
 */
class AanvullingIntegrationTest extends MonitoringIntegratieBasis {

    @Test
    void r21_aCorrectionAndAnOwnStatementAreAddedBesideWhatWasRecordedAndErasedWithTheGezin() throws Exception {
        String gezinId = uuid();
        String persoonId = uuid();
        String meldingPad = "/api/v1/meldingen/" + uuid();
        String pad = "/api/v1/gezinnen/" + gezinId + "/aanvullingen";
        send(KetenTopics.MELDING, meldingOntvangen(gezinId, klok.instant()));
        await().atMost(MAX).until(() -> get(pad, Testtokens.vtMedewerker()).statusCode() == 200);
        String verklaring = "Ik was die avond bij mijn zus in Schiedam " + UUID.randomUUID();
        String correctie = "Geboren op 12 april 1989, niet 1988 " + UUID.randomUUID();

        HttpResponse<String> eigen = post(pad, """
                {"soort": "EIGEN_VERKLARING", "persoonId": "%s", "tekst": "%s"}""".formatted(persoonId, verklaring),
                Testtokens.vtMedewerker());
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(201);
        assertThat(eigen.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(pad));
        HttpResponse<String> gecorrigeerd = post(pad, """
                {"soort": "CORRECTIE", "persoonId": "%s", "tekst": "%s",
                 "betreft": {"object": "%s", "gegeven": "gezin.leden[0].geboortedatum"}}"""
                .formatted(persoonId, correctie, meldingPad), Testtokens.vtMedewerker());
        assertThat(gecorrigeerd.statusCode()).as(gecorrigeerd.body()).isEqualTo(201);

        JsonNode lijst = await().atMost(MAX).until(() -> json(get(pad, Testtokens.inspecteur())),
                antwoord -> antwoord.get("aanvullingen").size() == 2);
        JsonNode eerste = lijst.get("aanvullingen").get(0);
        assertThat(eerste.get("soort").asString()).isEqualTo("EIGEN_VERKLARING");
        assertThat(eerste.get("tekst").asString()).isEqualTo(verklaring);
        assertThat(eerste.get("persoonId").asString()).isEqualTo(persoonId);
        assertThat(eerste.at("/toegevoegdDoor/organisatie").asString()).isEqualTo(Testtokens.VEILIG_THUIS);
        assertThat(eerste.at("/toegevoegdDoor/rol").asString()).isEqualTo("VEILIG_THUIS_MEDEWERKER");
        JsonNode tweede = lijst.get("aanvullingen").get(1);
        assertThat(tweede.get("soort").asString()).isEqualTo("CORRECTIE");
        assertThat(tweede.at("/betreft/object").asString()).isEqualTo(meldingPad);
        assertThat(tweede.get("tekst").asString()).isEqualTo(correctie);

        // added, never changed: the API has no operation that changes or withdraws an aanvulling
        JsonNode openApi = json(get("/api/v1/openapi.json", null));
        List<String> methoden = new ArrayList<>();
        openApi.at("/paths/~1api~1v1~1gezinnen~1{gezinId}~1aanvullingen").propertyNames().forEach(methoden::add);
        assertThat(methoden).containsExactlyInAnyOrder("get", "post");

        // the topic and the timeline say that, and about what, one was added; never the text
        KetenEvent gepubliceerd = CloudEventsKafkaCodec.decode(monitoringTopic.await(record ->
                gezinId.equals(record.key()) && TopicReader.tekst(record).contains("CORRECTIE"), MAX));
        EventContract.assertValid("aanvulling-toegevoegd.v1", gepubliceerd.data());
        JsonNode payload = JSON.readTree(gepubliceerd.data());
        assertThat(payload.at("/betreft/gegeven").asString()).isEqualTo("gezin.leden[0].geboortedatum");
        assertThat(payload.at("/actor/organisatie").asString()).isEqualTo(Testtokens.VEILIG_THUIS);
        assertThat(payload.at("/actor/subject").asString()).isNotBlank();
        assertThat(new String(gepubliceerd.data())).doesNotContain(correctie, verklaring);
        await().atMost(MAX).untilAsserted(() -> assertThat(tijdlijn(gezinId).get("gebeurtenissen").toString())
                .contains("Eigen verklaring van een gezinslid toegevoegd aan het dossier",
                        "Correctie toegevoegd aan het dossier; het oorspronkelijke gegeven blijft staan"));
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        assertThat(Bytescan.database(eigenaar, List.of(verklaring, correctie))).isEmpty();

        // erased with the gezin: the text goes, that and when something was added stays
        assertThat(post("/api/v1/beheer/wissingen", "{\"gezinId\": \"" + gezinId + "\"}", Testtokens.beheerder())
                .statusCode()).isEqualTo(200);
        JsonNode gewist = json(get(pad, Testtokens.inspecteur()));
        assertThat(gewist.get("aanvullingen")).hasSize(2);
        gewist.get("aanvullingen").forEach(aanvulling -> {
            assertThat(aanvulling.get("tekst").asString()).isEqualTo(Ontsleuteling.GEWIST);
            assertThat(aanvulling.get("toegevoegdOp").asString()).isNotBlank();
        });
        assertThat(gewist.at("/aanvullingen/1/betreft/object").asString()).isEqualTo(meldingPad);
    }

    @Test
    void r21_anIncompleteOrHostileAanvullingIsRefusedWithEveryFieldAndChangesNothing() throws Exception {
        String gezinId = uuid();
        String pad = "/api/v1/gezinnen/" + gezinId + "/aanvullingen";
        send(KetenTopics.MELDING, meldingOntvangen(gezinId, klok.instant()));
        await().atMost(MAX).until(() -> get(pad, Testtokens.vtMedewerker()).statusCode() == 200);
        long voor = eventsDoorVerzoeken();

        HttpResponse<String> onvolledig = post(pad, """
                {"soort": "CORRECTIE", "tekst": "", "persoonId": "Jan"}""", Testtokens.vtMedewerker());
        assertThat(onvolledig.statusCode()).isEqualTo(400);
        assertThat(onvolledig.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(velden(onvolledig)).containsExactlyInAnyOrder("betreft", "tekst", "persoonId");
        HttpResponse<String> zonderPersoon = post(pad, """
                {"soort": "EIGEN_VERKLARING", "tekst": "Mijn kant van het verhaal"}""", Testtokens.vtMedewerker());
        assertThat(velden(zonderPersoon)).containsExactly("persoonId");
        HttpResponse<String> padtruc = post(pad, """
                {"soort": "CORRECTIE", "tekst": "x", "betreft": {"object": "/api/v1/../../etc/passwd"}}""",
                Testtokens.vtMedewerker());
        assertThat(velden(padtruc)).containsExactly("betreft.object");
        assertThat(eventsDoorVerzoeken()).isEqualTo(voor);

        // an organisation not involved with the gezin: the same 404 as for an unknown gezin, reading or writing
        String utrecht = DevToken.voor("Veilig Thuis Utrecht", "VEILIG_THUIS_MEDEWERKER", "test-vt-utrecht");
        assertThat(get(pad, utrecht).statusCode()).isEqualTo(404);
        assertThat(post(pad, """
                {"soort": "EIGEN_VERKLARING", "persoonId": "%s", "tekst": "Niet van hen"}""".formatted(uuid()),
                utrecht).statusCode()).isEqualTo(404);
        assertThat(eventsDoorVerzoeken()).isEqualTo(voor);

        // involved by its own registration only (R18): what a gezinslid says is for those who keep the record
        String schiedam = DevToken.voor("Wijkteam Schiedam", "WIJKTEAMMEDEWERKER", "test-wt-schiedam");
        assertThat(post("/api/v1/betrokkenheden", """
                {"gezinId": "%s", "reden": "ZORGEN_OVER_VEILIGHEID"}""".formatted(gezinId), schiedam).statusCode())
                .isEqualTo(201);
        await().atMost(MAX).until(() -> get("/api/v1/gezinnen/" + gezinId + "/betrokkenheid", schiedam)
                .statusCode() == 200);
        long naRegistratie = eventsDoorVerzoeken();
        String onbekend = uuid();
        Toegangsmatrix.assertZelfdeAlsOnbekend(get(pad, schiedam), gezinId,
                get("/api/v1/gezinnen/" + onbekend + "/aanvullingen", schiedam), onbekend);
        assertThat(post(pad, """
                {"soort": "EIGEN_VERKLARING", "persoonId": "%s", "tekst": "Via een eigen registratie"}"""
                .formatted(uuid()), schiedam).statusCode()).isEqualTo(404);
        assertThat(eventsDoorVerzoeken()).isEqualTo(naRegistratie);
    }

    private static List<String> velden(HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        json(antwoord).get("invalidParams").forEach(veld -> velden.add(veld.get("name").asString()));
        return velden;
    }
}
