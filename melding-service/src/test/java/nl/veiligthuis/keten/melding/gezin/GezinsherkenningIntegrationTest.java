package nl.veiligthuis.keten.melding.gezin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 3, point 3 against a real PostgreSQL and Kafka: a melding about a known gezin joins it (one timeline per
 * gezin); a possible duplicate is offered for confirmation, never merged blindly. Every test uses its own names and
 * BSNs, because the tests share one database.
 */
public class GezinsherkenningIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MELDING_ONTVANGEN = "nl.veilig-thuis.keten.melding.melding-ontvangen.v1";
    private static final String GEKOPPELD = "nl.veilig-thuis.keten.melding.melding-aan-gezin-gekoppeld.v1";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void gezinsherkenning_aKnownBsnJoinsTheMeldingToThatGezin() throws Exception {
        var gezin = new Gezin();
        JsonNode eerste = registreer(gezin.melding(gezin.ouder(true), gezin.kind(false)));
        String gezinId = eerste.get("gezinId").asString();
        String persoonIdOuder = awaitEvent(MELDING_ONTVANGEN, eerste.get("meldingId").asString())
                .get("leden").get(0).get("persoonId").asString();

        // years later, by another melder, with the BSN and a different spelling of the name
        JsonNode tweede = registreer(gezin.melding("""
                {"rol": "OUDER", "voornaam": "S.", "achternaam": "%s", "bsn": "%s"}""".formatted(gezin.achternaam,
                gezin.bsnOuder), gezin.kind(false)));

        assertThat(tweede.get("gezinId").asString()).isEqualTo(gezinId);
        assertThat(tweede.get("mogelijkeDuplicaten")).isEmpty();
        JsonNode gepubliceerd = awaitEvent(MELDING_ONTVANGEN, tweede.get("meldingId").asString());
        assertThat(gepubliceerd.get("gezinId").asString()).isEqualTo(gezinId);
        // the same person keeps the same persoonId; the child, known by name and date of birth in this gezin, too
        assertThat(gepubliceerd.get("leden").get(0).get("persoonId").asString()).isEqualTo(persoonIdOuder);
        assertThat(gepubliceerd.get("leden").get(1).get("persoonId").asString()).isNotEqualTo(persoonIdOuder);
        JsonNode eersteGepubliceerd = awaitEvent(MELDING_ONTVANGEN, eerste.get("meldingId").asString());
        assertThat(gepubliceerd.get("leden").get(1).get("persoonId").asString())
                .isEqualTo(eersteGepubliceerd.get("leden").get(1).get("persoonId").asString());
    }

    @Test
    void gezinsherkenning_aMatchOnNameAndBirthDateIsOnlyOffered() throws Exception {
        var gezin = new Gezin();
        String bekend = registreer(gezin.melding(gezin.ouder(false), gezin.kind(false))).get("gezinId").asString();

        JsonNode tweede = registreer(gezin.melding(gezin.ouderAndersGespeld(), gezin.kind(false)));

        String nieuw = tweede.get("gezinId").asString();
        assertThat(nieuw).isNotEqualTo(bekend);
        assertThat(tweede.get("mogelijkeDuplicaten").toString())
                .isEqualTo("[{\"gezinId\":\"" + bekend + "\",\"grond\":\"NAAM_EN_GEBOORTEDATUM\"}]");
        // the offer is an event of its own: the overview may show the melding a moment before it shows the offer
        String meldingId = tweede.get("meldingId").asString();
        JsonNode overzicht = await().atMost(Duration.ofSeconds(20)).until(() -> awaitOverzicht(meldingId),
                o -> o.get("mogelijkeDuplicaten").toString().equals(tweede.get("mogelijkeDuplicaten").toString()));
        assertThat(overzicht.get("gezinId").asString()).isEqualTo(nieuw);
    }

    @Test
    void gezinsherkenning_aConfirmedKoppelingIsPublishedAndChangesTheOverview() throws Exception {
        var gezin = new Gezin();
        String bekend = registreer(gezin.melding(gezin.ouder(false), gezin.kind(false))).get("gezinId").asString();
        JsonNode tweede = registreer(gezin.melding(gezin.ouderAndersGespeld()));
        String meldingId = tweede.get("meldingId").asString();
        String vorig = tweede.get("gezinId").asString();
        awaitOverzicht(meldingId);

        var koppeling = post("/api/v1/meldingen/" + meldingId + "/gezinskoppeling", gezinId(bekend));

        assertThat(koppeling.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(koppeling.body());
        assertThat(body.get("gezinId").asString()).isEqualTo(bekend);
        assertThat(body.get("vorigGezinId").asString()).isEqualTo(vorig);
        ConsumerRecord<String, byte[]> record = awaitRecord(GEKOPPELD, meldingId);
        KetenEvent event = CloudEventsKafkaCodec.decode(record);
        assertThat(record.key()).isEqualTo(bekend);
        assertThat(event.subject()).isEqualTo(bekend);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/meldingen/" + meldingId);
        EventContract.assertValid("melding-aan-gezin-gekoppeld.v1", event.data());
        JsonNode payload = JSON.readTree(event.data());
        assertThat(payload.get("vorigGezinId").asString()).isEqualTo(vorig);
        assertThat(payload.get("actor").get("rol").asString()).isEqualTo("VEILIG_THUIS_MEDEWERKER");
        // issue 13 point 3: the regio the token names, not a constant
        assertThat(payload.get("actor").get("organisatie").asString()).isEqualTo(Testtokens.VEILIG_THUIS);

        JsonNode overzicht = await().atMost(Duration.ofSeconds(20))
                .until(() -> JSON.readTree(get("/api/v1/meldingen/" + meldingId).body()),
                        o -> bekend.equals(o.get("gezinId").asString()));
        assertThat(overzicht.get("mogelijkeDuplicaten")).isEmpty();
        // one koppeling only
        var nogmaals = post("/api/v1/meldingen/" + meldingId + "/gezinskoppeling", gezinId(bekend));
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        // a later melding about the same gezin is now offered the one gezin it was merged into
        JsonNode derde = registreer(gezin.melding(gezin.ouderAndersGespeld()));
        assertThat(derde.get("mogelijkeDuplicaten").toString())
                .isEqualTo("[{\"gezinId\":\"" + bekend + "\",\"grond\":\"NAAM_EN_GEBOORTEDATUM\"}]");
    }

    @Test
    void gezinsherkenning_confirmingAGezinThatWasNotOfferedIsRefusedAndChangesNothing() throws Exception {
        var gezin = new Gezin();
        var anderGezin = new Gezin();
        String ander = registreer(anderGezin.melding(anderGezin.ouder(false))).get("gezinId").asString();
        registreer(gezin.melding(gezin.ouder(false)));
        JsonNode tweede = registreer(gezin.melding(gezin.ouderAndersGespeld()));
        String meldingId = tweede.get("meldingId").asString();
        long eventsBefore = eventsDoorVerzoeken();

        var response = post("/api/v1/meldingen/" + meldingId + "/gezinskoppeling", gezinId(ander));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("regel").asString()).isEqualTo("R21");
        assertThat(post("/api/v1/meldingen/" + meldingId + "/gezinskoppeling/afwijzing", gezinId(ander))
                .statusCode()).isEqualTo(409);
        assertThat(eventsDoorVerzoeken()).isEqualTo(eventsBefore);
        assertThat(post("/api/v1/meldingen/" + UUID.randomUUID() + "/gezinskoppeling", gezinId(ander)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void gezinsherkenning_aRejectedOfferLeavesTheOverview() throws Exception {
        var gezin = new Gezin();
        String bekend = registreer(gezin.melding(gezin.ouder(false))).get("gezinId").asString();
        JsonNode tweede = registreer(gezin.melding(gezin.ouderAndersGespeld()));
        String meldingId = tweede.get("meldingId").asString();
        awaitOverzicht(meldingId);

        var afwijzing = post("/api/v1/meldingen/" + meldingId + "/gezinskoppeling/afwijzing", gezinId(bekend));

        assertThat(afwijzing.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(
                () -> JSON.readTree(get("/api/v1/meldingen/" + meldingId).body()).get("mogelijkeDuplicaten").isEmpty());
        assertThat(JSON.readTree(get("/api/v1/meldingen/" + meldingId).body()).get("gezinId").asString())
                .isEqualTo(tweede.get("gezinId").asString());
    }

    @Test
    void gezinsherkenning_aChosenGezinIsJoinedAndABsnKnownInTwoGezinnenIsOnlyOffered() throws Exception {
        var gezin = new Gezin();
        String metBsn = registreer(gezin.melding(gezin.ouder(true))).get("gezinId").asString();
        var ander = new Gezin();
        String zonderBsn = registreer(ander.melding(ander.ouder(false))).get("gezinId").asString();

        // the medewerker looked the gezin up and names it: the melding joins it, whatever the BSNs say
        JsonNode gekozen = registreer(ander.meldingOver(zonderBsn, gezin.ouder(true)));
        assertThat(gekozen.get("gezinId").asString()).isEqualTo(zonderBsn);
        assertThat(gekozen.get("mogelijkeDuplicaten")).isEmpty();

        // now the BSN is known in two gezinnen: a new gezin, both offered
        JsonNode twijfel = registreer(gezin.melding(gezin.ouder(true)));
        assertThat(twijfel.get("gezinId").asString()).isNotIn(metBsn, zonderBsn);
        assertThat(waarden(twijfel.get("mogelijkeDuplicaten"), "gezinId")).containsExactlyInAnyOrder(metBsn, zonderBsn);
        assertThat(waarden(twijfel.get("mogelijkeDuplicaten"), "grond")).containsOnly("BSN");
    }

    @Test
    void gezinsherkenning_anInvalidBsnOrUnknownGezinIsRefusedNamingTheFieldsAndRegistersNothing() throws Exception {
        var gezin = new Gezin();
        long eventsBefore = eventsDoorVerzoeken();
        long registerBefore = jdbc.queryForObject("SELECT count(*) FROM gezinsregister", Long.class);
        String ongeldig = gezin.meldingOver(UUID.randomUUID().toString(), gezin.kind(false), """
                        {"rol": "OUDER", "voornaam": "Sanne", "achternaam": "%s", "bsn": "123456789"}"""
                        .formatted(gezin.achternaam));

        var response = post("/api/v1/meldingen", ongeldig);

        assertThat(response.statusCode()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        JSON.readTree(response.body()).get("invalidParams").forEach(p -> {
            velden.add(p.get("name").asString());
            codes.add(p.get("code").asString());
        });
        assertThat(velden).containsExactly("gezin.gezinId", "gezin.leden[1].bsn");
        assertThat(codes).containsExactly("BekendGezin", "Elfproef");
        assertThat(response.body()).doesNotContain("123456789");
        assertThat(eventsDoorVerzoeken()).isEqualTo(eventsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM gezinsregister", Long.class)).isEqualTo(registerBefore);
    }

    @Test
    void gezinsherkenning_theRegisterHoldsNoReadablePersonalData() throws Exception {
        var gezin = new Gezin();
        String meldingId = registreer(gezin.melding(gezin.ouder(true), gezin.kind(true))).get("meldingId").asString();

        List<Map<String, Object>> rijen = jdbc.queryForList("SELECT * FROM gezinsregister WHERE melding_id = ?",
                meldingId);

        assertThat(rijen).hasSize(2);
        String alles = rijen.toString().toLowerCase();
        assertThat(alles).doesNotContain(gezin.bsnOuder, gezin.bsnKind, gezin.achternaam.toLowerCase(), "sanne",
                "mila", "1988-04-12", "2017-09-01", "19880412");
        assertThat(rijen).allSatisfy(rij -> assertThat(rij.get("bsn_hash").toString()).matches("[0-9a-f]{64}"));
    }

    @Test
    void gezinsherkenning_theOpenApiDocumentDescribesTheEndpointsWithExamples() throws Exception {
        JsonNode openApi = JSON.readTree(get("/api/v1/openapi.json").body());
        for (String pad : List.of("/api/v1/meldingen/{meldingId}/gezinskoppeling",
                "/api/v1/meldingen/{meldingId}/gezinskoppeling/afwijzing")) {
            JsonNode post = openApi.get("paths").get(pad).get("post");
            assertThat(post.get("summary").asString()).isNotBlank();
            assertThat(post.at("/parameters/0/example").asString()).isNotBlank();
        }
        assertThat(openApi.get("paths").get("/api/v1/meldingen").get("post").get("summary").asString()).isNotBlank();
        JsonNode schemas = openApi.at("/components/schemas");
        assertThat(schemas.at("/LidRequest/properties/bsn/example").asString()).isEqualTo("111222333");
        assertThat(schemas.at("/GezinRequest/properties/gezinId/example").asString()).isNotBlank();
        assertThat(schemas.at("/GezinskoppelingRequest/properties/gezinId/example").asString()).isNotBlank();
        assertThat(schemas.at("/MogelijkDuplicaat/properties/grond/example").asString()).isEqualTo("NAAM_EN_GEBOORTEDATUM");
        assertThat(schemas.at("/Gezinskoppeling/properties/vorigGezinId/example").asString()).isNotBlank();
        assertThat(schemas.at("/MeldingOverzicht/properties/gezinId/example").asString()).isNotBlank();
    }

    /** A gezin nobody else in this test class uses: its own surname and BSNs. */
    private static final class Gezin {
        final String achternaam = "Jansen-" + letters();
        final String bsnOuder = bsn();
        final String bsnKind = bsn();

        String ouder(boolean metBsn) {
            return """
                    {"rol": "OUDER", "voornaam": "Sanne", "achternaam": "%s", "geboortedatum": "1988-04-12"%s}"""
                    .formatted(achternaam, metBsn ? ", \"bsn\": \"" + bsnOuder + "\"" : "");
        }

        /** The same person as reported by someone else: other case, spacing and diacritics. */
        String ouderAndersGespeld() {
            return """
                    {"rol": "OUDER", "voornaam": " sAnnë ", "achternaam": "%s", "geboortedatum": "1988-04-12"}"""
                    .formatted(" " + achternaam.toUpperCase());
        }

        String kind(boolean metBsn) {
            return """
                    {"rol": "KIND", "voornaam": "Mila", "achternaam": "%s", "geboortedatum": "2017-09-01"%s}"""
                    .formatted(achternaam, metBsn ? ", \"bsn\": \"" + bsnKind + "\"" : "");
        }

        String melding(String... leden) {
            return meldingOver(null, leden);
        }

        /** A melding about the known gezin {@code gezinId} (null: let the service recognise it). */
        String meldingOver(String gezinId, String... leden) {
            return """
                    {"melder": {"type": "PROFESSIONAL", "organisatie": "Basisschool De Regenboog", "contact": "010-7654321"},
                     "gezin": {%s"gemeente": "Vlaardingen", "leden": [%s]},
                     "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                     "omschrijving": "Zorgen over thuissituatie"}""".formatted(
                    gezinId == null ? "" : "\"gezinId\": \"" + gezinId + "\", ", String.join(", ", leden));
        }
    }

    @Test
    void r21_erasingAGezinErasesTheGezinWhoseEveryMeldingWasKoppeledToItAndNoOther() throws Exception {
        var gezin = new Gezin();
        String bekend = registreer(gezin.melding(gezin.ouder(false), gezin.kind(false))).get("gezinId").asString();
        // the same family reported with another spelling: a gezin of its own, until VT koppels the melding
        JsonNode verplaatst = registreer(gezin.melding(gezin.ouderAndersGespeld()));
        String opgegaan = verplaatst.get("gezinId").asString();
        koppel(verplaatst.get("meldingId").asString(), bekend);
        // a gezin with a second melding of its own (joined by the child's BSN): only its first melding is koppeled
        JsonNode half = registreer(gezin.melding(gezin.ouderAndersGespeld(), gezin.kind(true)));
        String gedeeld = half.get("gezinId").asString();
        assertThat(registreer(gezin.melding(gezin.kind(true))).get("gezinId").asString()).isEqualTo(gedeeld);
        koppel(half.get("meldingId").asString(), bekend);
        assertThat(jdbc.queryForList("SELECT eerste_gezin_id FROM melding_herkomst WHERE gezin_id = ?", String.class,
                bekend)).contains(opgegaan, gedeeld);

        try (TopicReader privacy = TopicReader.of(KetenTopics.PRIVACY)) {
            var wissing = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/beheer/wissingen")).header("Content-Type", "application/json")
                    .header("Authorization", Testtokens.bearer(Testtokens.beheerder()))
                    .POST(HttpRequest.BodyPublishers.ofString(gezinId(bekend))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wissing.statusCode()).as(wissing.body()).isEqualTo(200);

            assertThat(levendeSleutels(bekend)).isZero();
            // the moved melding's data is under the key of the gezin it was first in: erased with it
            assertThat(levendeSleutels(opgegaan)).isZero();
            assertThat(jdbc.queryForList("SELECT grond FROM sleutelkluis WHERE houder = ?", String.class, opgegaan))
                    .containsOnly("VERZOEK");
            // the gezin that kept a melding of its own is another family's too: not erased
            assertThat(levendeSleutels(gedeeld)).isPositive();
            // and the chain is told of both, so that triage- and wijkteam-service erase the first gezin's data too
            privacy.await(record -> TopicReader.tekst(record).contains(opgegaan));
            privacy.await(record -> TopicReader.tekst(record).contains(bekend));
        }
    }

    private void koppel(String meldingId, String gezinId) throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> JSON.readTree(get("/api/v1/meldingen/" + meldingId).body())
                .path("mogelijkeDuplicaten").toString().contains(gezinId));
        var koppeling = post("/api/v1/meldingen/" + meldingId + "/gezinskoppeling", gezinId(gezinId));
        assertThat(koppeling.statusCode()).as(koppeling.body()).isEqualTo(200);
    }

    private long levendeSleutels(String gezinId) {
        return jdbc.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ? AND sleutel IS NOT NULL",
                Long.class, gezinId);
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    /** A random nine-digit number that passes the elfproef. */
    public static String bsn() {
        while (true) {
            int[] cijfers = new int[9];
            int som = 0;
            cijfers[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    cijfers[i] = ThreadLocalRandom.current().nextInt(10);
                }
                som += (9 - i) * cijfers[i];
            }
            int laatste = som % 11;
            if (laatste < 10) {
                cijfers[8] = laatste;
                StringBuilder bsn = new StringBuilder();
                for (int cijfer : cijfers) {
                    bsn.append(cijfer);
                }
                return bsn.toString();
            }
        }
    }

    private static List<String> waarden(JsonNode lijst, String veld) {
        List<String> waarden = new ArrayList<>();
        lijst.forEach(element -> waarden.add(element.get(veld).asString()));
        return waarden;
    }

    private static String gezinId(String gezinId) {
        return "{\"gezinId\": \"" + gezinId + "\"}";
    }

    private JsonNode registreer(String melding) throws Exception {
        var response = post("/api/v1/meldingen", melding);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode awaitOverzicht(String meldingId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/v1/meldingen/" + meldingId),
                response -> response.statusCode() == 200).body().transform(JSON::readTree);
    }

    private JsonNode awaitEvent(String type, String meldingId) {
        return JSON.readTree(CloudEventsKafkaCodec.decode(awaitRecord(type, meldingId)).data());
    }

    private ConsumerRecord<String, byte[]> awaitRecord(String type, String meldingId) {
        return meldingTopic.await(r -> type.equals(TopicReader.type(r)) && TopicReader.tekst(r).contains(meldingId));
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(Testtokens.verzoek(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(Testtokens.verzoek(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
