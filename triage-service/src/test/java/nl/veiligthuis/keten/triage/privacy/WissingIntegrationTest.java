package nl.veiligthuis.keten.triage.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.privacy.Herversleuteling;
import nl.veiligthuis.keten.platform.privacy.Ontsleuteling;
import nl.veiligthuis.keten.platform.privacy.Sleutelkluis;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouw;
import nl.veiligthuis.keten.testinfra.Bytescan;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Herbouwen;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.triage.TriageKetenBasis;
import nl.veiligthuis.keten.triage.triage.MonitoringsfrequentieVastgesteld;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13 point 6 (R21) in triage-service: the triagist's name and number and the reasoning are encrypted in the event
 * store and in the read model, so no byte of them is readable anywhere in the service's database. An erasure destroys
 * the gezin's key: at once the read model shows {@code [gewist]}, while the decision itself (uitkomst, ernst, moments)
 * stays, and a rebuild of the read model gives the same.
 */
class WissingIntegrationTest extends TriageKetenBasis {

    @Autowired
    DataSource dataSource;

    @Autowired
    ProjectieHerbouw herbouw;

    @Autowired
    Herversleuteling herversleuteling;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    Sleutelkluis kluis;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void r21_noPersonalDataIsReadableAndAnErasureReachesTheReadModelAtOnce() throws Exception {
        String uniek = UUID.randomUUID().toString().substring(0, 8);
        String naam = "Triagist" + uniek;
        String onderbouwing = "Afweging over dit gezin " + uniek;
        String advies = "Advies " + uniek;
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId();
        HttpResponse<String> besluit = post(pad + "/besluit", """
                {"uitkomst": "OVERDRACHT_LOKAAL_VELD", "triagist": {"naam": "%s", "telefoon": "010-5550%s"},
                 "ernst": "ZORGEN_OVER_VEILIGHEID", "onderbouwing": "%s", "advies": "%s",
                 "toestemming": {"gegeven": true}}""".formatted(naam, uniek.substring(0, 3), onderbouwing, advies));
        assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(200);
        JsonNode getoond = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(pad).body()),
                triage -> onderbouwing.equals(triage.path("onderbouwing").asString()));
        assertThat(getoond.at("/triagist/naam").asString()).isEqualTo(naam);
        assertThat(getoond.get("advies").asString()).isEqualTo(advies);

        // the byte scan: not in the event store, not in a read model, not anywhere in the database
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        List<String> persoonsgegevens = List.of(naam, onderbouwing, advies);
        assertThat(Bytescan.database(eigenaar, persoonsgegevens)).isEmpty();
        assertThat(eigenaar.queryForObject("SELECT onderbouwing FROM triage_overzicht WHERE melding_id = ?",
                String.class, melding.meldingId())).startsWith("pg:v1:" + melding.gezinId() + ":");

        HttpResponse<String> wissing = Toegangsmatrix.als(port, Testtokens.beheerder(), "POST",
                "/api/v1/beheer/wissingen", "{\"gezinId\": \"" + melding.gezinId() + "\"}");
        assertThat(wissing.statusCode()).as(wissing.body()).isEqualTo(200);

        // no rebuild needed: the read model's ciphertext went with the key
        JsonNode gewist = JSON.readTree(get(pad).body());
        assertThat(gewist.get("onderbouwing").asString()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(gewist.get("advies").asString()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(gewist.at("/triagist/naam").asString()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(gewist.get("uitkomst").asString()).isEqualTo("OVERDRACHT_LOKAAL_VELD");
        assertThat(gewist.get("ernst").asString()).isEqualTo("ZORGEN_OVER_VEILIGHEID");
        assertThat(gewist.get("afgerondOp").asString()).isEqualTo(getoond.get("afgerondOp").asString());

        // a rebuild from the event store gives the replacement values too, and makes no new key for the gezin
        Instant herbouwdOp = Instant.now().minusSeconds(1);
        herbouw.start("triage-overzicht");
        Herbouwen.wachtTotKlaar(jdbc, herbouwdOp, 1, Duration.ofSeconds(60));
        JsonNode herbouwd = JSON.readTree(get(pad).body());
        assertThat(herbouwd.get("onderbouwing").asString()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(herbouwd.at("/triagist/naam").asString()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(herbouwd.get("uitkomst").asString()).isEqualTo("OVERDRACHT_LOKAAL_VELD");
        assertThat(eigenaar.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ? AND sleutel IS NOT NULL",
                Long.class, melding.gezinId())).isZero();
        assertThat(Bytescan.database(eigenaar, persoonsgegevens)).isEmpty();
    }

    @Test
    void r21_aValueMarkedPersonalLaterIsRewrittenEncryptedOnceAlsoForAGezinErasedMeanwhile() throws Exception {
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        assertThat(eigenaar.queryForObject("SELECT payload_type FROM herversleuteling WHERE id = 2", String.class))
                .isEqualTo(MonitoringsfrequentieVastgesteld.class.getName());
        String wijze = "Wekelijks bellen met oma " + UUID.randomUUID();
        String wijzeGewist = "Huisbezoek bij tante " + UUID.randomUUID();
        Melding levend = meldingOntvangen(klok.instant());
        Melding gewist = meldingOntvangen(klok.instant());
        awaitTriage(levend.meldingId());
        awaitTriage(gewist.meldingId());
        // back to how a version before this one stored the frequency of each: its wijze in plaintext
        long eerste = alsVoorDezeVersie(eigenaar, levend, wijze);
        long tweede = alsVoorDezeVersie(eigenaar, gewist, wijzeGewist);
        assertThat(Bytescan.database(eigenaar, List.of(wijze, wijzeGewist))).hasSize(2);
        assertThat(Toegangsmatrix.als(port, Testtokens.beheerder(), "POST", "/api/v1/beheer/wissingen",
                "{\"gezinId\": \"" + gewist.gezinId() + "\"}").statusCode()).isEqualTo(200);
        // after the erasure the gezin has new data, under a new key: the old plaintext must not end up under it
        String naWissing = "Na de wissing: elke week bellen " + UUID.randomUUID();
        assertThat(post("/api/v1/triages/" + gewist.meldingId() + "/monitoringsfrequentie", """
                {"frequentie": "WEKELIJKS", "wijze": "%s",
                 "medewerker": {"naam": "C. Bakker", "telefoon": "010-5555555"}}""".formatted(naWissing))
                .statusCode()).isEqualTo(200);
        long sleutels = eigenaar.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ?", Long.class,
                gewist.gezinId());
        assertThat(eigenaar.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ? AND sleutel IS NOT NULL",
                Long.class, gewist.gezinId())).as("a new key for the new data").isEqualTo(1);
        eigenaar.update("UPDATE herversleuteling SET grens = ?, tot = ?, klaar_op = NULL WHERE id = 2",
                Math.max(eerste, tweede), Math.min(eerste, tweede) - 1);

        assertThat(herversleuteling.herschrijf()).isEqualTo(2);

        assertThat(Bytescan.database(eigenaar, List.of(wijze, wijzeGewist, naWissing))).isEmpty();
        assertThat(frequentie(eigenaar, eerste).wijze()).isEqualTo(wijze);
        // stored before the erasure: erased with it, though the gezin has a live key now; and no key was made for it
        assertThat(frequentie(eigenaar, tweede).wijze()).isEqualTo(Ontsleuteling.GEWIST);
        assertThat(eigenaar.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ?", Long.class,
                gewist.gezinId())).isEqualTo(sleutels);
        assertThat(eigenaar.queryForObject("SELECT klaar_op IS NOT NULL FROM herversleuteling WHERE id = 2",
                Boolean.class)).isTrue();
        assertThat(herversleuteling.herschrijf()).as("once").isZero();
    }

    private long alsVoorDezeVersie(JdbcTemplate eigenaar, Melding melding, String wijze) {
        long globalIndex = eigenaar.queryForObject("""
                SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?""",
                Long.class, melding.meldingId(), MonitoringsfrequentieVastgesteld.class.getName());
        var opgeslagen = frequentie(eigenaar, globalIndex);
        var leesbaar = new MonitoringsfrequentieVastgesteld(opgeslagen.meldingId(), opgeslagen.gezinId(),
                opgeslagen.frequentie(), wijze, opgeslagen.medewerker(), opgeslagen.vastgesteldOp());
        eigenaar.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                JSON.writeValueAsBytes(leesbaar), globalIndex);
        return globalIndex;
    }

    private MonitoringsfrequentieVastgesteld frequentie(JdbcTemplate eigenaar, long globalIndex) {
        var rij = eigenaar.queryForMap("SELECT payload_type, payload_revision, payload FROM domain_event_entry"
                + " WHERE global_index = ?", globalIndex);
        return eventSerializer.deserialize(new SimpleSerializedObject<>((byte[]) rij.get("payload"), byte[].class,
                new SimpleSerializedType((String) rij.get("payload_type"), (String) rij.get("payload_revision"))));
    }

    @Test
    void r21_theChainsErasureMessagesAreKeptForEverAlsoOnATopicAnOlderVersionCreated() throws Exception {
        var onderwerp = new ConfigResource(ConfigResource.Type.TOPIC, KetenTopics.PRIVACY);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestInfrastructure.get().bootstrapServers()))) {
            // as an older version created it: Kafka's default of 7 days, after which a service that was down misses it
            admin.incrementalAlterConfigs(Map.of(onderwerp, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "604800000"), AlterConfigOp.OpType.SET))))
                    .all().get();
            assertThat(retentie(admin, onderwerp)).isEqualTo("604800000");

            kafkaAdmin.initialize(); // what a service does at start

            // the controller applies the change; a broker's view of the topic's config follows shortly after
            await().atMost(Duration.ofSeconds(30)).until(() -> retentie(admin, onderwerp), "-1"::equals);
        }
    }

    private static String retentie(Admin admin, ConfigResource onderwerp) throws Exception {
        return admin.describeConfigs(List.of(onderwerp)).all().get().get(onderwerp)
                .get(TopicConfig.RETENTION_MS_CONFIG).value();
    }

    @Test
    void r21_aGezinErasedElsewhereInTheChainIsErasedHereTooOnce() throws Exception {
        String onderbouwing = "Elders gewist " + UUID.randomUUID();
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId();
        assertThat(post(pad + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "Triagist Elders", "telefoon": "010-1234567"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "%s"}""".formatted(onderbouwing))
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(pad).body()).path("onderbouwing")
                .asString(), onderbouwing::equals);

        // melding-service erased the gezin on request and tells the chain; delivered twice, as Kafka may
        String gewistOp = klok.instant().toString();
        var event = new KetenEvent(UUID.randomUUID().toString(), "nl.veilig-thuis.keten.privacy.gezin-gewist.v1",
                URI.create("urn:nl-veilig-thuis:keten:melding-service"), melding.gezinId(), klok.instant(), null, null,
                null, null, ("{\"gezinId\": \"" + melding.gezinId() + "\", \"gewistOp\": \"" + gewistOp + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        EventContract.assertValid("gezin-gewist.v1", event.data());
        producer.send(CloudEventsKafkaCodec.encode(KetenTopics.PRIVACY, event)).get();
        producer.send(CloudEventsKafkaCodec.encode(KetenTopics.PRIVACY, event)).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(pad).body()).path("onderbouwing")
                .asString(), Ontsleuteling.GEWIST::equals);
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        assertThat(eigenaar.queryForList("SELECT grond FROM sleutelkluis WHERE houder = ?", String.class,
                melding.gezinId())).containsOnly("KETEN");
        await().atMost(Duration.ofSeconds(30)).until(() -> eigenaar.queryForObject(
                "SELECT count(*) FROM inbox_message WHERE event_id = ?", Long.class, event.id()) == 1);
        assertThat(Bytescan.database(eigenaar, List.of(onderbouwing))).isEmpty();

        // a gezin this service held no key of: the erasure is known here too, as a destroyed version 0
        String zonderSleutel = UUID.randomUUID().toString();
        var onbekend = new KetenEvent(UUID.randomUUID().toString(), event.type(), event.source(), zonderSleutel,
                event.time(), null, null, null, null, ("{\"gezinId\": \"" + zonderSleutel + "\", \"gewistOp\": \""
                + gewistOp + "\"}").getBytes(StandardCharsets.UTF_8));
        producer.send(CloudEventsKafkaCodec.encode(KetenTopics.PRIVACY, onbekend)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> eigenaar.queryForObject(
                "SELECT count(*) FROM inbox_message WHERE event_id = ?", Long.class, onbekend.id()) == 1);
        assertThat(eigenaar.queryForList("SELECT versie || ' ' || grond FROM sleutelkluis WHERE houder = ? "
                + "AND sleutel IS NULL", String.class, zonderSleutel)).containsExactly("0 KETEN");
        // data about it after that gets version 1
        kluis.versleutel(zonderSleutel, "daarna".getBytes(StandardCharsets.UTF_8));
        assertThat(eigenaar.queryForObject("SELECT versie FROM sleutelkluis WHERE houder = ? AND sleutel IS NOT NULL",
                Integer.class, zonderSleutel)).isEqualTo(1);

        // what triage-service erased itself on request it told the chain: its own message asks nothing more of it
        Melding eigen = meldingOntvangen(klok.instant());
        awaitTriage(eigen.meldingId());
        var eigenBericht = new KetenEvent(UUID.randomUUID().toString(), event.type(),
                URI.create("urn:nl-veilig-thuis:keten:triage-service"), eigen.gezinId(), klok.instant(), null, null,
                null, null, ("{\"gezinId\": \"" + eigen.gezinId() + "\", \"gewistOp\": \"" + gewistOp + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(post("/api/v1/triages/" + eigen.meldingId() + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "Triagist Eigen", "telefoon": "010-1234567"},
                 "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD", "onderbouwing": "Blijft"}""").statusCode()).isEqualTo(200);
        producer.send(CloudEventsKafkaCodec.encode(KetenTopics.PRIVACY, eigenBericht)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> eigenaar.queryForObject(
                "SELECT count(*) FROM inbox_message WHERE event_id = ?", Long.class, eigenBericht.id()) == 1);
        assertThat(eigenaar.queryForObject("SELECT count(*) FROM sleutelkluis WHERE houder = ? AND sleutel IS NULL",
                Long.class, eigen.gezinId())).isZero();
    }

    @Test
    void r21_aReadModelFilledBeforeEncryptionIsRebuiltEncryptedOnce() throws Exception {
        String uniek = UUID.randomUUID().toString().substring(0, 8);
        String onderbouwing = "Van voor de versleuteling " + uniek;
        Melding melding = meldingOntvangen(klok.instant());
        awaitTriage(melding.meldingId());
        String pad = "/api/v1/triages/" + melding.meldingId();
        assertThat(post(pad + "/besluit", """
                {"uitkomst": "AFSLUITEN", "triagist": {"naam": "Triagist %s", "telefoon": "010-1234567"}, "ernst": "GEEN_ONVEILIGHEID_VASTGESTELD",
                 "onderbouwing": "%s"}""".formatted(uniek, onderbouwing)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(pad).body()).path("onderbouwing")
                .asString(), onderbouwing::equals);
        // as a read model of the previous version held it, and as migration V1_10 marks a database with events
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        eigenaar.update("UPDATE triage_overzicht SET onderbouwing = ? WHERE melding_id = ?", onderbouwing,
                melding.meldingId());
        eigenaar.update("UPDATE herversleuteling SET leesmodellen_herbouwen = TRUE WHERE id = 1");
        assertThat(Bytescan.database(eigenaar, List.of(onderbouwing))).containsExactly("triage_overzicht: "
                + onderbouwing);

        Instant gevraagdOp = Instant.now().minusSeconds(1);
        assertThat(herversleuteling.herbouwLeesmodellenEenmaal()).isTrue();
        Herbouwen.wachtTotKlaar(jdbc, gevraagdOp, herbouw.herbouwbaar().size(), Duration.ofSeconds(120));
        assertThat(Bytescan.database(eigenaar, List.of(onderbouwing))).isEmpty();
        // done once every group's herbouw started: not asked for again
        assertThat(eigenaar.queryForObject("SELECT leesmodellen_herbouwen FROM herversleuteling WHERE id = 1",
                Boolean.class)).isFalse();
        assertThat(herversleuteling.herbouwLeesmodellenEenmaal()).as("once").isFalse();
        assertThat(JSON.readTree(get(pad).body()).get("onderbouwing").asString()).isEqualTo(onderbouwing);
    }
}
