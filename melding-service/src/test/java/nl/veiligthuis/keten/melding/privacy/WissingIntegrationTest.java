package nl.veiligthuis.keten.melding.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.veiligthuis.keten.melding.MeldingIntegratieBasis;
import nl.veiligthuis.keten.melding.gezin.GezinsherkenningIntegrationTest;
import nl.veiligthuis.keten.melding.melding.Gezinslid;
import nl.veiligthuis.keten.melding.melding.MeldingOntvangen;
import nl.veiligthuis.keten.platform.privacy.Bewaartermijn;
import nl.veiligthuis.keten.platform.privacy.Herversleuteling;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.Bytescan;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.testinfra.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 point 6 (R21), in melding-service, where names, BSNs, dates of birth, contact details and the omschrijving
 * live: the event store keeps them encrypted with a key per gezin, so that no byte of them is readable in the
 * service's database; an erasure request or the retention period destroys the key, after which they read as
 * {@code [gewist]} while the course of the case stays; events stored before encryption are rewritten once.
 */
class WissingIntegrationTest extends MeldingIntegratieBasis {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    DataSource dataSource;

    @Autowired
    Bewaartermijn bewaartermijn;

    @Autowired
    Herversleuteling herversleuteling;

    @Test
    void r21_noPersonalDataIsReadableInTheDatabaseAndAnErasureMakesItUnreadableForGood() throws Exception {
        Testgezin gezin = Testgezin.nieuw();
        JsonNode melding = registreer(gezin);
        String gezinId = melding.get("gezinId").asString();
        String meldingId = melding.get("meldingId").asString();
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        await().atMost(Duration.ofSeconds(30)).until(() -> Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "GET",
                "/api/v1/meldingen/" + meldingId, null).statusCode() == 200);

        // the byte scan: not in the event store, not in a read model, not in the access log, not anywhere
        assertThat(Bytescan.database(eigenaar, gezin.persoonsgegevens())).isEmpty();
        MeldingOntvangen gelezen = ontvangen(meldingId);
        assertThat(gelezen.leden()).extracting(Gezinslid::achternaam).containsExactly(gezin.achternaam());
        assertThat(gelezen.leden().get(0).bsn()).isEqualTo(gezin.bsn());
        assertThat(gelezen.omschrijving()).isEqualTo(gezin.omschrijving());

        // only the beheerder erases; twice is harmless
        assertThat(Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST", "/api/v1/beheer/wissingen",
                "{\"gezinId\": \"" + gezinId + "\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> wissing = Toegangsmatrix.als(port, Testtokens.beheerder(), "POST",
                "/api/v1/beheer/wissingen", "{\"gezinId\": \"" + gezinId + "\"}");
        assertThat(wissing.statusCode()).as(wissing.body()).isEqualTo(200);
        assertThat(JSON.readTree(wissing.body()).get("vernietigdeSleutels").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(Toegangsmatrix.als(port, Testtokens.beheerder(), "POST", "/api/v1/beheer/wissingen",
                "{\"gezinId\": \"" + gezinId + "\"}").body()).get("vernietigdeSleutels").asInt()).isZero();

        // the chain is told, once per request, with the gezin's id only (the other services erase it on receipt)
        try (TopicReader privacy = TopicReader.of(KetenTopics.PRIVACY)) {
            ConsumerRecord<String, byte[]> verteld = privacy.await(record -> gezinId.equals(record.key()));
            assertThat(TopicReader.type(verteld)).isEqualTo("nl.veilig-thuis.keten.privacy.gezin-gewist.v1");
            EventContract.assertValid("gezin-gewist.v1", verteld.value());
            assertThat(new String(verteld.headers().lastHeader("ce_source").value(), StandardCharsets.UTF_8))
                    .isEqualTo("urn:nl-veilig-thuis:keten:melding-service");
            await().atMost(Duration.ofSeconds(30)).until(() -> privacy.records().stream()
                    .filter(record -> gezinId.equals(record.key())).count() == 2);
            assertThat(Bytescan.records(privacy.records(), gezin.persoonsgegevens())).isEmpty();
        }

        MeldingOntvangen gewist = ontvangen(meldingId);
        assertThat(gewist.leden()).singleElement().satisfies(lid -> {
            assertThat(lid.voornaam()).isEqualTo(Ontsleuteling.GEWIST);
            assertThat(lid.achternaam()).isEqualTo(Ontsleuteling.GEWIST);
            assertThat(lid.bsn()).isEqualTo(Ontsleuteling.GEWIST);
            assertThat(lid.geboortedatum()).isNull();
            assertThat(lid.persoonId()).isNotNull();
        });
        assertThat(gewist.omschrijving()).isEqualTo(Ontsleuteling.GEWIST);
        // the anonymous course of the case stays
        assertThat(gewist.gemeente()).isEqualTo("Vlaardingen");
        assertThat(gewist.geweldsvormen()).isNotEmpty();
        assertThat(Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "GET", "/api/v1/meldingen/" + meldingId, null)
                .statusCode()).isEqualTo(200);
        assertThat(eigenaar.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ? AND sleutel IS NOT NULL",
                Long.class, gezinId)).isZero();
        assertThat(Bytescan.database(eigenaar, gezin.persoonsgegevens())).isEmpty();

        // the erased gezin is no longer recognised by its BSN: its keyed hashes went with its keys
        assertThat(eigenaar.queryForObject("SELECT count(*) FROM gezinsregister WHERE gezin_id = ?", Long.class,
                gezinId)).isZero();
        JsonNode nieuw = registreer(gezin);
        assertThat(nieuw.get("gezinId").asString()).isNotEqualTo(gezinId);
        assertThat(ontvangen(meldingId).omschrijving()).isEqualTo(Ontsleuteling.GEWIST);
    }

    @Test
    void r21_theRetentionPeriodDestroysTheKeysOfAGezinNothingWasAddedToSince() throws Exception {
        String gezinId = registreer(Testgezin.nieuw()).get("gezinId").asString();
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        assertThat(bewaartermijn.verwijderVerlopen()).isZero();
        eigenaar.update("UPDATE sleutelkluis SET laatst_gebruikt_op = now() - interval '21 years' WHERE houder = ?",
                gezinId);
        assertThat(bewaartermijn.verwijderVerlopen()).isEqualTo(1);
        assertThat(eigenaar.queryForObject("SELECT grond FROM sleutelkluis WHERE houder = ?", String.class, gezinId))
                .isEqualTo("BEWAARTERMIJN");
    }

    @Test
    void r21_eventsStoredBeforeEncryptionAreRewrittenOnce() throws Exception {
        Testgezin gezin = Testgezin.nieuw();
        String meldingId = registreer(gezin).get("meldingId").asString();
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        // back to how an event stored before this change looks: its payload in plaintext
        MeldingOntvangen opgeslagen = ontvangen(meldingId);
        byte[] leesbaar = JSON.writeValueAsBytes(opgeslagen);
        assertThat(new String(leesbaar, StandardCharsets.UTF_8)).contains(gezin.achternaam());
        long globalIndex = eigenaar.queryForObject("""
                SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?
                  AND payload_type LIKE '%.MeldingOntvangen'""", Long.class, meldingId);
        eigenaar.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", leesbaar, globalIndex);
        eigenaar.update("UPDATE herversleuteling SET grens = ?, tot = ? , klaar_op = NULL WHERE id = 1",
                globalIndex, globalIndex - 1);
        assertThat(Bytescan.database(eigenaar, List.of(gezin.achternaam()))).isNotEmpty();
        // readable before the rewrite, as it was
        assertThat(ontvangen(meldingId).leden().get(0).achternaam()).isEqualTo(gezin.achternaam());

        assertThat(herversleuteling.herschrijf()).isEqualTo(1);
        assertThat(Bytescan.database(eigenaar, gezin.persoonsgegevens())).isEmpty();
        assertThat(ontvangen(meldingId).leden().get(0).achternaam()).isEqualTo(gezin.achternaam());
        assertThat(herversleuteling.herschrijf()).isZero();
    }

    private MeldingOntvangen ontvangen(String meldingId) {
        var rij = jdbc.queryForMap("""
                SELECT payload_type, payload_revision, payload FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%.MeldingOntvangen'""", meldingId);
        return eventSerializer.deserialize(new SimpleSerializedObject<>((byte[]) rij.get("payload"), byte[].class,
                new SimpleSerializedType((String) rij.get("payload_type"), (String) rij.get("payload_revision"))));
    }

    private JsonNode registreer(Testgezin gezin) throws Exception {
        HttpResponse<String> antwoord = Toegangsmatrix.als(port, Testtokens.vtMedewerker(), "POST", "/api/v1/meldingen",
                gezin.melding());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return JSON.readTree(antwoord.body());
    }

    /** A gezin whose personal data no other test uses, so that the byte scan finds only what this test put in. */
    private record Testgezin(String voornaam, String achternaam, String bsn, String omschrijving, String contact) {

        static Testgezin nieuw() {
            String uniek = UUID.randomUUID().toString().substring(0, 8);
            return new Testgezin("Zwaantje" + uniek, "Versleuteld" + uniek, GezinsherkenningIntegrationTest.bsn(),
                    "Vrije tekst over het gezin " + uniek + " die niemand mag lezen",
                    "mentor" + uniek + "@school.example");
        }

        List<String> persoonsgegevens() {
            return List.of(voornaam, achternaam, bsn, omschrijving, contact);
        }

        String melding() {
            return """
                    {"melder": {"type": "PROFESSIONAL", "organisatie": "Basisschool De Regenboog", "contact": "%s"},
                     "gezin": {"gemeente": "Vlaardingen", "leden": [
                       {"rol": "KIND", "voornaam": "%s", "achternaam": "%s", "geboortedatum": "2016-03-04",
                        "bsn": "%s"}]},
                     "geweldsvormen": ["PARTNERGEWELD"], "kinderenAanwezig": true, "acuutOnveilig": false,
                     "omschrijving": "%s"}""".formatted(contact, voornaam, achternaam, bsn, omschrijving);
        }
    }
}
