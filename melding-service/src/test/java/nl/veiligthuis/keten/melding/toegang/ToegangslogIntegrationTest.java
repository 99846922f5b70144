package nl.veiligthuis.keten.melding.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import nl.veiligthuis.keten.embedded.DatabaseServer;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.melding.gezin.GezinsherkenningIntegrationTest;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 point 5, the access log (R20, NEN 7513), through melding-service: every request on personal data is
 * recorded with who, on which basis, which gezin and what came of it, refused attempts too; the log is append-only for
 * the service's database role and its hash chain shows a changed row; data that was read never leaves unrecorded.
 */
class ToegangslogIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String BSN = GezinsherkenningIntegrationTest.bsn();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String utrecht = DevToken.voor("Veilig Thuis Utrecht", "VEILIG_THUIS_MEDEWERKER", "test-vt-u");
    private final String partner = Testtokens.partnersysteem("Politie Eenheid Rotterdam", "meldingen:indienen");

    @Autowired
    DataSource dataSource;

    @Test
    void r20_everyAccessToAGezinIsInItsOverviewWithWhoWhyAndWhatCameOfIt() throws Exception {
        HttpResponse<String> aangemaakt = vraag("POST", "/api/v1/meldingen", Testtokens.vtMedewerker(), melding(),
                "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        assertThat(aangemaakt.statusCode()).as(aangemaakt.body()).isEqualTo(201);
        String meldingId = JSON.readTree(aangemaakt.body()).get("meldingId").asString();
        String gezinId = JSON.readTree(aangemaakt.body()).get("gezinId").asString();
        String pad = "/api/v1/meldingen/" + meldingId;

        // a partner system is not told the gezin, but the log knows which gezin its melding concerned
        HttpResponse<String> vanPartner = vraag("POST", "/api/v1/meldingen", partner, melding());
        assertThat(vanPartner.statusCode()).as(vanPartner.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> vraag("GET", pad, Testtokens.vtMedewerker(), null)
                .statusCode() == 200);
        assertThat(vraag("GET", pad, null, null).statusCode()).isEqualTo(401);
        assertThat(vraag("GET", pad, Testtokens.wijkteammedewerker(), null).statusCode()).isEqualTo(403);
        assertThat(vraag("GET", pad, utrecht, null).statusCode()).isEqualTo(404);
        HttpResponse<String> nood = vraag("GET", pad, utrecht, null,
                "Noodtoegang", "Crisisdienst: acute melding van de politie buiten kantoortijd");
        assertThat(nood.statusCode()).as(nood.body()).isEqualTo(200);

        List<JsonNode> overzicht = overzicht("gezinId=" + gezinId);
        JsonNode aanmaak = enige(overzicht, "POST /api/v1/meldingen", Testtokens.VEILIG_THUIS);
        assertThat(aanmaak.get("traceId").asString()).isEqualTo(TRACE_ID);
        assertThat(aanmaak.get("handeling").asString()).isEqualTo("TOEVOEGEN");
        assertThat(aanmaak.get("uitkomst").asString()).isEqualTo("TOEGESTAAN");
        assertThat(aanmaak.get("statusCode").asString()).isEqualTo("OK");
        assertThat(aanmaak.get("gebruiker").asString()).isEqualTo("test-vt-1");
        assertThat(aanmaak.get("rol").asString()).isEqualTo("VEILIG_THUIS_MEDEWERKER");
        assertThat(aanmaak.get("grondslag").asString()).contains("Veilig Thuis");
        assertThat(aanmaak.get("dienst").asString()).isEqualTo("melding-service");
        assertThat(tekst(aanmaak.get("objecten"))).contains("aangemaakt=" + pad);

        JsonNode doorPartner = enige(overzicht, "POST /api/v1/meldingen", "Politie Eenheid Rotterdam");
        assertThat(doorPartner.get("rol").asString()).isEqualTo("PARTNERSYSTEEM meldingen:indienen");
        assertThat(doorPartner.get("grondslag").asString()).contains("melding aan Veilig Thuis");

        List<JsonNode> lezingen = overzicht.stream()
                .filter(regel -> regel.get("verwerking").asString().equals("GET /api/v1/meldingen/{meldingId}")
                        && tekst(regel.get("objecten")).contains("meldingId=" + meldingId)).toList();
        assertThat(lezingen).extracting(regel -> regel.get("uitkomst").asString())
                .contains("TOEGESTAAN", "GEWEIGERD", "BUITEN_WERKGEBIED");
        // an anonymous attempt is recorded with the object it named, but looked up in no read model: a flood of
        // requests without a token costs one insert each, and attributes nothing to a gezin it never reached
        assertThat(jdbc.queryForList("SELECT uitkomst || ' ' || http_status || ' ' || coalesce(gebruiker, '-') "
                + "FROM toegangsregistratie WHERE ? = ANY(objecten) AND uitkomst = 'NIET_GEAUTHENTICEERD'",
                String.class, "meldingId=" + meldingId)).containsExactly("NIET_GEAUTHENTICEERD 401 -");
        JsonNode buiten = lezingen.stream()
                .filter(regel -> regel.get("uitkomst").asString().equals("BUITEN_WERKGEBIED")).findFirst()
                .orElseThrow();
        assertThat(buiten.get("organisatie").asString()).isEqualTo("Veilig Thuis Utrecht");
        assertThat(buiten.get("httpStatus").asInt()).isEqualTo(404);

        // emergency access: let through, and recorded with its reason for the review that must follow
        JsonNode noodtoegang = lezingen.stream().filter(regel -> !regel.get("noodtoegang").isNull()).findFirst()
                .orElseThrow();
        assertThat(noodtoegang.get("uitkomst").asString()).isEqualTo("TOEGESTAAN");
        assertThat(noodtoegang.get("organisatie").asString()).isEqualTo("Veilig Thuis Utrecht");
        assertThat(noodtoegang.get("noodtoegang").asString()).startsWith("Crisisdienst");
        assertThat(noodtoegang.get("grondslag").asString()).startsWith("noodtoegang: ");

        // the same records in the shape of Logius' Logboek Dataverwerkingen, for the one data subject asked for
        List<JsonNode> logboek = lijst("/api/v1/toegangslog/logboek-dataverwerkingen?gezinId=" + gezinId);
        assertThat(logboek).extracting(regel -> regel.at("/attributes/keten.volgnummer").asLong())
                .containsAll(overzicht.stream().map(regel -> regel.get("volgnummer").asLong()).toList());
        JsonNode ldv = logboek.stream().filter(regel -> regel.at("/attributes/keten.volgnummer").asLong()
                == aanmaak.get("volgnummer").asLong()).findFirst().orElseThrow();
        assertThat(ldv.get("trace_id").asString()).isEqualTo(TRACE_ID);
        assertThat(ldv.get("span_id").asString()).hasSize(16).isEqualTo(aanmaak.get("spanId").asString());
        assertThat(ldv.get("status").asString()).isEqualTo("Ok");
        assertThat(ldv.get("name").asString()).isEqualTo("POST /api/v1/meldingen");
        assertThat(Instant.parse(ldv.get("start_time").asString()))
                .isEqualTo(Instant.parse(aanmaak.get("begin").asString()));
        assertThat(Instant.parse(ldv.get("end_time").asString()))
                .isEqualTo(Instant.parse(aanmaak.get("einde").asString()));
        assertThat(ldv.at("/resource/attributes/service.name").asString()).isEqualTo("melding-service");
        JsonNode attributen = ldv.get("attributes");
        assertThat(attributen.get("dpl.core.processing_activity_id").asString())
                .isEqualTo("urn:nl-veilig-thuis:keten:verwerkingsactiviteit:advies-en-meldpunt");
        assertThat(attributen.get("dpl.core.data_subject_id").asString()).isEqualTo(gezinId);
        assertThat(attributen.get("dpl.core.data_subject_id_type").asString())
                .isEqualTo("urn:nl-veilig-thuis:keten:gezin-id");
        assertThat(attributen.get("keten.gebruiker").asString()).isEqualTo("test-vt-1");
        assertThat(attributen.get("keten.hash").asString()).isEqualTo(aanmaak.get("hash").asString());
        // refused: handled without a fault of the service, so Unset, as the standard asks
        JsonNode geweigerd = logboek.stream().filter(regel -> regel.at("/attributes/keten.uitkomst").asString()
                .equals("BUITEN_WERKGEBIED")).findFirst().orElseThrow();
        assertThat(geweigerd.get("status").asString()).isEqualTo("Unset");
        JsonNode doorPartnerLdv = logboek.stream().filter(regel -> regel.at("/attributes/keten.volgnummer").asLong()
                == doorPartner.get("volgnummer").asLong()).findFirst().orElseThrow();
        assertThat(doorPartnerLdv.at("/attributes/dpl.core.processing_activity_id").asString())
                .endsWith(":melding-aan-veilig-thuis");

        HttpResponse<String> beide = vraag("GET", "/api/v1/toegangslog/logboek-dataverwerkingen?gezinId=" + gezinId
                + "&persoonId=" + UUID.randomUUID(), Testtokens.inspecteur(), null);
        assertThat(beide.statusCode()).isEqualTo(400);
        assertThat(beide.body()).contains("persoonId", "EEN_BETROKKENE");
        assertThat(vraag("GET", "/api/v1/toegangslog/logboek-dataverwerkingen?gezinId=" + gezinId,
                Testtokens.beheerder(), null).statusCode()).as("no personal data for the beheerder").isEqualTo(403);
    }

    @Test
    void r20_aGezinNamedOnlyInTheRequestBodyIsInItsOverviewButNoNameTypedThere() throws Exception {
        HttpResponse<String> aangemaakt = vraag("POST", "/api/v1/meldingen", Testtokens.vtMedewerker(), melding());
        assertThat(aangemaakt.statusCode()).as(aangemaakt.body()).isEqualTo(201);
        String pad = "/api/v1/meldingen/" + JSON.readTree(aangemaakt.body()).get("meldingId").asString()
                + "/gezinskoppeling";
        await().atMost(Duration.ofSeconds(30)).until(() -> vraag("GET", pad.replace("/gezinskoppeling", ""),
                Testtokens.vtMedewerker(), null).statusCode() == 200);
        String anderGezin = UUID.randomUUID().toString();

        // a koppeling to a gezin the melding was not offered: refused (an error answer is not read for ids)
        HttpResponse<String> koppeling = vraag("POST", pad, Testtokens.vtMedewerker(),
                "{\"gezinId\": \"" + anderGezin + "\"}");
        assertThat(koppeling.statusCode()).as(koppeling.body()).isEqualTo(409);
        JsonNode poging = enige(overzicht("gezinId=" + anderGezin),
                "POST /api/v1/meldingen/{meldingId}/gezinskoppeling", Testtokens.VEILIG_THUIS);
        assertThat(poging.get("httpStatus").asInt()).isEqualTo(koppeling.statusCode());

        // what is not an id of the chain is not taken from a body: the log keeps it for good
        String naam = "Sannemijn Jansenberghuis " + UUID.randomUUID();
        assertThat(vraag("POST", pad, Testtokens.vtMedewerker(), "{\"gezinId\": \"" + naam + "\"}").statusCode())
                .isGreaterThanOrEqualTo(400);
        assertThat(vraag("POST", pad, Testtokens.vtMedewerker(), "{\"gezinId\": [1, {").statusCode()).isEqualTo(400);
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        assertThat(eigenaar.queryForObject("SELECT count(*) FROM toegangsregistratie WHERE array_to_string(gezinnen, "
                + "' ') LIKE ? OR array_to_string(objecten, ' ') LIKE ?", Long.class, "%" + naam + "%",
                "%" + naam + "%")).isZero();
    }

    @Test
    void r20_emergencyAccessIsForReadingByVeiligThuisWithAReason() throws Exception {
        String pad = "/api/v1/meldingen/" + UUID.randomUUID();
        HttpResponse<String> zonderReden = vraag("GET", pad, utrecht, null, "Noodtoegang", "nu");
        assertThat(zonderReden.statusCode()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("NOODTOEGANG_REDEN");
        HttpResponse<String> wijkteam = vraag("GET", "/api/v1/meldingen/" + UUID.randomUUID(),
                Testtokens.wijkteammedewerker(), null, "Noodtoegang", "Acute zorg om de kinderen vannacht");
        // the role's rule refuses first: a wijkteammedewerker may not read meldingen at all
        assertThat(wijkteam.statusCode()).isEqualTo(403);
        HttpResponse<String> schrijven = vraag("POST", pad + "/gezinskoppeling", utrecht,
                "{\"gezinId\": \"" + UUID.randomUUID() + "\"}", "Noodtoegang", "Acute zorg om de kinderen vannacht");
        assertThat(schrijven.statusCode()).isEqualTo(400);
        assertThat(schrijven.body()).contains("NOODTOEGANG_NIET_TOEGESTAAN");
    }

    @Test
    void r20_noTrickOfThePathOrTheTokenKeepsARequestOutOfTheLog() throws Exception {
        HttpResponse<String> aangemaakt = vraag("POST", "/api/v1/meldingen", Testtokens.vtMedewerker(), melding());
        String meldingId = JSON.readTree(aangemaakt.body()).get("meldingId").asString();
        String gezinId = JSON.readTree(aangemaakt.body()).get("gezinId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> vraag("GET", "/api/v1/meldingen/" + meldingId,
                Testtokens.vtMedewerker(), null).statusCode() == 200);
        int voor = overzicht("gezinId=" + gezinId).size();

        // an encoded letter is the same path to the container, to security and to MVC: so it is to the log
        HttpResponse<String> gecodeerd = vraag("GET", "/%61pi/v1/meldingen/" + meldingId, Testtokens.vtMedewerker(),
                null);
        assertThat(gecodeerd.statusCode()).isEqualTo(200);
        // a control character in a parameter and an oversized claim are cleaned, not a reason to lose the record
        assertThat(vraag("GET", "/api/v1/meldingen/" + meldingId + "?gezinId=%00" + gezinId,
                Testtokens.vtMedewerker(), null).statusCode()).isEqualTo(200);
        String langeOrganisatie = "Veilig Thuis " + "x".repeat(2000);
        assertThat(vraag("GET", "/api/v1/meldingen/" + meldingId,
                DevToken.voor(langeOrganisatie, "VEILIG_THUIS_MEDEWERKER", "test-vt-lang"), null).statusCode())
                .isEqualTo(404);

        List<JsonNode> na = overzicht("gezinId=" + gezinId);
        assertThat(na).hasSizeGreaterThanOrEqualTo(voor + 3);
        assertThat(na).anySatisfy(regel -> assertThat(regel.get("organisatie").asString())
                .startsWith("Veilig Thuis xxx").hasSize(300));
        // an emergency reason on an object of one's own regio opens nothing and is not recorded as emergency access
        assertThat(vraag("GET", "/api/v1/meldingen/" + meldingId, Testtokens.vtMedewerker(), null,
                "Noodtoegang", "Crisisdienst: acute melding van de politie").statusCode()).isEqualTo(200);
        assertThat(overzicht("gezinId=" + gezinId)).allSatisfy(regel -> assertThat(
                regel.get("organisatie").asString().equals(Testtokens.VEILIG_THUIS) && !regel.get("noodtoegang")
                        .isNull()).isFalse());

        // read on page by page
        List<JsonNode> eerste = overzicht("gezinId=" + gezinId + "&maximum=2");
        assertThat(eerste).hasSize(2);
        List<JsonNode> volgende = overzicht("gezinId=" + gezinId + "&maximum=2&na="
                + eerste.get(1).get("volgnummer").asLong());
        assertThat(volgende.get(0).get("volgnummer").asLong()).isGreaterThan(eerste.get(1).get("volgnummer").asLong());
    }

    @Test
    void r20_readingSomeonesAccessLogIsItselfInTheirOverview() throws Exception {
        String persoonId = UUID.randomUUID().toString();
        assertThat(overzicht("persoonId=" + persoonId)).isEmpty();
        List<JsonNode> tweede = overzicht("persoonId=" + persoonId);
        assertThat(tweede).hasSize(1);
        assertThat(tweede.get(0).get("verwerking").asString()).isEqualTo("GET /api/v1/toegangslog");
        assertThat(tweede.get(0).get("rol").asString()).isEqualTo("INSPECTEUR");
        assertThat(vraag("GET", "/api/v1/toegangslog", Testtokens.inspecteur(), null).body())
                .contains("GEZIN_OF_PERSOON_VERPLICHT");
    }

    @Test
    void r20_theServiceRoleCanOnlyAppendAndTheChainShowsAChangedRow() throws Exception {
        vraag("GET", "/api/v1/meldingen/" + UUID.randomUUID(), Testtokens.vtMedewerker(), null);
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(DatabaseServer.DIENSTROL);
        assertThatThrownBy(() -> jdbc.update("UPDATE toegangsregistratie SET gebruiker = 'iemand anders'"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM toegangsregistratie"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE toegangsregistratie"))
                .rootCause().hasMessageContaining("permission denied");

        // the owner is stopped by the trigger; only by switching it off can a row be changed, and the chain shows it
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        assertThatThrownBy(() -> eigenaar.update("UPDATE toegangsregistratie SET gebruiker = 'iemand anders'"))
                .rootCause().hasMessageContaining("append-only");
        assertThat(verificatie().get("intact").asBoolean()).isTrue();
        long volgnummer = eigenaar.queryForObject("SELECT min(volgnummer) FROM toegangsregistratie WHERE gebruiker = ?",
                Long.class, "test-vt-1");
        String origineel = "test-vt-1";
        eigenaar.execute("ALTER TABLE toegangsregistratie DISABLE TRIGGER toegangsregistratie_geen_wijziging");
        try {
            eigenaar.update("UPDATE toegangsregistratie SET gebruiker = 'iemand anders' WHERE volgnummer = ?",
                    volgnummer);
            JsonNode gebroken = verificatie();
            assertThat(gebroken.get("intact").asBoolean()).isFalse();
            assertThat(gebroken.at("/eersteAfwijking/volgnummer").asLong()).isEqualTo(volgnummer);
            assertThat(gebroken.at("/eersteAfwijking/reden").asString()).isEqualTo("HASH_KLOPT_NIET");
            eigenaar.update("UPDATE toegangsregistratie SET gebruiker = ? WHERE volgnummer = ?", origineel,
                    volgnummer);
        } finally {
            eigenaar.execute("ALTER TABLE toegangsregistratie ENABLE TRIGGER toegangsregistratie_geen_wijziging");
        }
        assertThat(verificatie().get("intact").asBoolean()).isTrue();
    }

    @Test
    void r20_aBurstOfReadsChainsInOrder() throws Exception {
        long voor = jdbc.queryForObject("SELECT count(*) FROM toegangsregistratie", Long.class);
        List<CompletableFuture<HttpResponse<String>>> lezingen = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> lezingen.add(http.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/meldingen/" + UUID.randomUUID()))
                .header("Authorization", Testtokens.bearer(Testtokens.vtMedewerker())).build(),
                HttpResponse.BodyHandlers.ofString())));
        CompletableFuture.allOf(lezingen.toArray(CompletableFuture[]::new)).join();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM toegangsregistratie", Long.class))
                .isGreaterThanOrEqualTo(voor + 40);
        JsonNode verificatie = verificatie();
        assertThat(verificatie.get("intact").asBoolean()).as(verificatie.toString()).isTrue();
    }

    @Test
    void r20_dataThatCannotBeRecordedIsNotShown() throws Exception {
        HttpResponse<String> aangemaakt = vraag("POST", "/api/v1/meldingen", Testtokens.vtMedewerker(), melding());
        String pad = "/api/v1/meldingen/" + JSON.readTree(aangemaakt.body()).get("meldingId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> vraag("GET", pad, Testtokens.vtMedewerker(), null)
                .statusCode() == 200);
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        eigenaar.execute("REVOKE INSERT ON toegangsregistratie FROM " + DatabaseServer.DIENSTROL);
        try {
            HttpResponse<String> onvastgelegd = vraag("GET", pad, Testtokens.vtMedewerker(), null);
            assertThat(onvastgelegd.statusCode()).isEqualTo(503);
            assertThat(onvastgelegd.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(onvastgelegd.body()).contains("Toegangslog niet beschikbaar").doesNotContain("gezinId");
        } finally {
            eigenaar.execute("GRANT INSERT ON toegangsregistratie TO " + DatabaseServer.DIENSTROL);
        }
        assertThat(vraag("GET", pad, Testtokens.vtMedewerker(), null).statusCode()).isEqualTo(200);
    }

    private List<JsonNode> overzicht(String query) throws Exception {
        return lijst("/api/v1/toegangslog?" + query);
    }

    private List<JsonNode> lijst(String pad) throws Exception {
        HttpResponse<String> antwoord = vraag("GET", pad, Testtokens.inspecteur(), null);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(antwoord.body()).spliterator(), false).toList();
    }

    private JsonNode verificatie() throws Exception {
        HttpResponse<String> antwoord = vraag("GET", "/api/v1/toegangslog/verificatie", Testtokens.beheerder(), null);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        return JSON.readTree(antwoord.body());
    }

    private static JsonNode enige(List<JsonNode> overzicht, String verwerking, String organisatie) {
        List<JsonNode> gevonden = overzicht.stream()
                .filter(regel -> regel.get("verwerking").asString().equals(verwerking)
                        && organisatie.equals(regel.get("organisatie").asString())).toList();
        assertThat(gevonden).as(overzicht.toString()).hasSize(1);
        return gevonden.get(0);
    }

    private static String tekst(JsonNode lijst) {
        return lijst.toString();
    }

    private HttpResponse<String> vraag(String methode, String pad, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pad))
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        if (token != null) {
            verzoek.header("Authorization", Testtokens.bearer(token));
        }
        for (int i = 0; i < headers.length; i += 2) {
            verzoek.header(headers[i], headers[i + 1]);
        }
        return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A melding about a child whose BSN is this class's: every one joins the same gezin. */
    private static String melding() {
        return """
                {"melder": {"type": "POLITIE", "organisatie": "Politie Eenheid Rotterdam"},
                 "gezin": {"gemeente": "Vlaardingen", "leden": [
                   {"rol": "KIND", "voornaam": "Sem", "achternaam": "Logboek", "geboortedatum": "2015-05-06",
                    "bsn": "%s"}]},
                 "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                 "omschrijving": "Toegangslogtest"}""".formatted(BSN);
    }

}
