package nl.veiligthuis.keten.monitoring.tijdlijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The per-gezin timeline (R19) on the running service: what it shows, its hash chain and its herbouw from Kafka. */
class TijdlijnIntegrationTest extends MonitoringIntegratieBasis {

    @Test
    void r5_wachtcontactenOfTriageAreSummarisedOnTheTimelineByCodesOnly() throws Exception {
        String gezinId = uuid();
        KetenEvent vastgelegd = triageSample("wachtcontact-vastgelegd", gezinId);
        KetenEvent gemist = triageSample("wachtcontact-gemist", gezinId);
        send(KetenTopics.TRIAGE, vastgelegd);
        send(KetenTopics.TRIAGE, gemist);
        awaitTijdlijn(gezinId, "WachtcontactVastgelegd", "WachtcontactGemist");
        JsonNode gebeurtenissen = tijdlijn(gezinId).get("gebeurtenissen");
        assertThat(gebeurtenissen.get(0).get("samenvatting").asString()).isEqualTo(
                "Wachtcontact van VT (TELEFONISCH); veiligheid ongewijzigd; volgende uiterlijk op 2026-11-27");
        assertThat(gebeurtenissen.get(1).get("samenvatting").asString())
                .isEqualTo("Wachtcontact gemist bij frequentie DAGELIJKS; uiterlijk op 2026-11-25");
    }

    @Test
    void anUnknownGezinHasAnEmptyTimeline() throws Exception {
        var response = get("/api/v1/gezinnen/" + uuid() + "/tijdlijn");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("gebeurtenissen")).isEmpty();
    }

    @Test
    void aMeldingKoppeledToAKnownGezinJoinsThatGezinsTimeline() throws Exception {
        // issue 3 point 3 and R19: one timeline per gezin, also for a melding first registered under a new gezinId
        String bekend = uuid();
        String voorlopig = uuid();
        send(KetenTopics.MELDING, meldingOntvangen(bekend, klok.instant().minusSeconds(3600)));
        send(KetenTopics.MELDING, meldingOntvangen(voorlopig, klok.instant()));
        awaitTijdlijn(bekend, "MeldingOntvangen");
        awaitTijdlijn(voorlopig, "MeldingOntvangen");
        Instant voorDeKoppeling = klok.instant();

        String data = EventContract.sample("melding-aan-gezin-gekoppeld.v1");
        JsonNode voorbeeld = JSON.readTree(data);
        data = data.replace(voorbeeld.get("gezinId").asString(), bekend)
                .replace(voorbeeld.get("vorigGezinId").asString(), voorlopig);
        EventContract.assertValid("melding-aan-gezin-gekoppeld.v1", data.getBytes(StandardCharsets.UTF_8));
        send(KetenTopics.MELDING, event("melding-service", "melding.melding-aan-gezin-gekoppeld", bekend,
                klok.instant(), null, null, data));

        awaitTijdlijn(bekend, "MeldingOntvangen", "MeldingOntvangen", "MeldingAanGezinGekoppeld");
        // as known before the koppeling, the gezin's timeline held only its own melding
        JsonNode toen = json(get("/api/v1/gezinnen/" + bekend + "/tijdlijn?bekendOp=" + voorDeKoppeling));
        assertThat(toen.get("gebeurtenissen")).hasSize(1);
        // R19: the verification covers the koppeled melding's chain too
        JsonNode verificatie = verificatie(bekend);
        assertThat(verificatie.get("aantal").asLong()).isEqualTo(3);
        assertThat(verificatie.get("intact").asBoolean()).isTrue();
    }

    @Test
    void r19_theTimelineIsFilteredByPeriodAndTypeAndPagedInCausalOrder() throws Exception {
        String gezinId = uuid();
        Instant nu = klok.instant().truncatedTo(ChronoUnit.SECONDS);
        KetenEvent a = meldingOntvangen(gezinId, nu.minus(Duration.ofMinutes(50)));
        // the triage's clock is behind: its outcome carries an earlier tijdstip than the melding that caused it
        KetenEvent b = event("triage-service", "triage.triage-afgerond", gezinId, nu.minus(Duration.ofMinutes(60)),
                null, a.id(), """
                        {"uitkomst": "ONDERZOEK",
                         "actor": {"rol": "TRIAGIST", "organisatie": "Veilig Thuis", "naam": "Jan Jansen",
                                   "subject": "pseudoniem-7f3a"}}""");
        KetenEvent c = event("triage-service", "triage.triage-gestart", gezinId, nu.minus(Duration.ofMinutes(55)),
                null, null, "{}");
        KetenEvent d = overdrachtGedaan(gezinId, uuid(), "NA_TRIAGE", nu.minus(Duration.ofMinutes(40)), null);
        send(KetenTopics.MELDING, a);
        send(KetenTopics.TRIAGE, b);
        send(KetenTopics.TRIAGE, c);
        send(KetenTopics.TRIAGE, d);
        awaitTijdlijn(gezinId, "TriageGestart", "MeldingOntvangen", "TriageAfgerond", "OverdrachtGedaan");
        Instant voorE = klok.instant();
        KetenEvent e = event("triage-service", "triage.triage-afgerond", gezinId, nu.minus(Duration.ofMinutes(30)),
                null, null, "{\"uitkomst\": \"ADVIES\"}");
        send(KetenTopics.TRIAGE, e);
        awaitTijdlijn(gezinId, "TriageGestart", "MeldingOntvangen", "TriageAfgerond", "OverdrachtGedaan",
                "TriageAfgerond");
        String pad = "/api/v1/gezinnen/" + gezinId + "/tijdlijn";

        JsonNode perType = json(get(pad + "?type=TriageAfgerond"));
        assertThat(eventIds(perType)).containsExactly(b.id(), e.id());
        assertThat(perType.get("totaal").asLong()).isEqualTo(2);
        assertThat(perType.get("pagina").asInt()).isZero();
        assertThat(perType.get("grootte").asInt()).isEqualTo(100);
        assertThat(perType.get("volgende").isNull()).isTrue();
        // who acted: role, organisation and the pseudonymous subject (issue 13 point 3), never a name, also when a
        // producer sent one
        JsonNode actor = perType.at("/gebeurtenissen/0/actor");
        assertThat(actor.get("rol").asString()).isEqualTo("TRIAGIST");
        assertThat(actor.get("organisatie").asString()).isEqualTo("Veilig Thuis");
        assertThat(actor.get("subject").asString()).isEqualTo("pseudoniem-7f3a");
        assertThat(actor.has("naam")).isFalse();
        assertThat(get(pad).body()).doesNotContain("Jan Jansen");
        JsonNode zonderActor = json(get(pad + "?type=TriageGestart")).at("/gebeurtenissen/0/actor");
        assertThat(zonderActor.get("organisatie").asString()).isEqualTo("triage-service");
        assertThat(zonderActor.get("rol").isNull()).isTrue();
        assertThat(zonderActor.get("subject").isNull()).isTrue();

        assertThat(eventIds(json(get(pad + "?type=TriageAfgerond&type=MeldingOntvangen"))))
                .containsExactly(a.id(), b.id(), e.id());
        // the period is on tijdstip, half open; the order stays the causal order
        assertThat(eventIds(json(get(pad + "?van=" + nu.minus(Duration.ofMinutes(52)) + "&tot="
                + nu.minus(Duration.ofMinutes(30)))))).containsExactly(a.id(), d.id());
        // bekendOp together with a filter
        assertThat(eventIds(json(get(pad + "?type=TriageAfgerond&bekendOp=" + voorE)))).containsExactly(b.id());

        // pages of the causally ordered timeline, each pointing to the next
        JsonNode pagina0 = json(get(pad + "?grootte=2"));
        assertThat(eventIds(pagina0)).containsExactly(c.id(), a.id());
        assertThat(pagina0.get("totaal").asLong()).isEqualTo(5);
        String volgende = pagina0.get("volgende").asString();
        assertThat(volgende).startsWith("http://localhost:" + port + pad + "?bekendOp=")
                .contains("pagina=1", "grootte=2");
        JsonNode pagina1 = json(getUrl(volgende));
        assertThat(eventIds(pagina1)).containsExactly(b.id(), d.id());
        assertThat(pagina1.get("pagina").asInt()).isEqualTo(1);
        JsonNode pagina2 = json(getUrl(pagina1.get("volgende").asString()));
        assertThat(eventIds(pagina2)).containsExactly(e.id());
        assertThat(pagina2.get("volgende").isNull()).isTrue();
        assertThat(json(get(pad + "?grootte=2&pagina=9")).get("gebeurtenissen")).isEmpty();

        var ongeldig = get(pad + "?pagina=-1&grootte=501&type=Onzin&van=gisteren");
        assertThat(ongeldig.statusCode()).isEqualTo(400);
        List<String> velden = new ArrayList<>();
        json(ongeldig).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("pagina", "grootte", "type", "van");
        assertThat(get(pad + "?grootte=0").body()).contains("grootte");
        assertThat(get(pad + "?pagina=een").statusCode()).isEqualTo(400);
        assertThat(get(pad + "?van=" + nu + "&tot=" + nu.minusSeconds(1)).body()).contains("\"tot\"");
    }

    @Test
    void r19_aStoredRowAlteredInTheDatabaseIsReportedByTheVerification() throws Exception {
        String gezinId = uuid();
        List<String> ids = stuurDrieGebeurtenissen(gezinId);
        JsonNode intact = verificatie(gezinId);
        assertThat(intact.get("gezinId").asString()).isEqualTo(gezinId);
        assertThat(intact.get("aantal").asLong()).isEqualTo(3);
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("eersteAfwijking").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT lengte FROM tijdlijn_hashketen WHERE gezin_id = ?", Long.class,
                gezinId)).isEqualTo(3);

        jdbc.update("UPDATE tijdlijn_gebeurtenis SET samenvatting = ? WHERE event_id = ?",
                "Triage overgeslagen", ids.get(1));

        JsonNode gewijzigd = verificatie(gezinId);
        assertThat(gewijzigd.get("intact").asBoolean()).isFalse();
        assertThat(gewijzigd.get("aantal").asLong()).isEqualTo(3);
        JsonNode afwijking = gewijzigd.get("eersteAfwijking");
        assertThat(afwijking.get("positie").asLong()).isEqualTo(2);
        assertThat(afwijking.get("eventId").asString()).isEqualTo(ids.get(1));
        assertThat(afwijking.get("reden").asString()).isEqualTo("HASH_WIJKT_AF");
        assertThat(afwijking.get("keten").asString()).isEqualTo(gezinId);
        assertThat(verificatie(uuid()).get("intact").asBoolean()).isTrue();
    }

    @Test
    void r19_aRemovedLastRowAndARemovedMiddleRowAreReportedByTheVerification() throws Exception {
        String staart = uuid();
        List<String> staartIds = stuurDrieGebeurtenissen(staart);
        jdbc.update("DELETE FROM tijdlijn_gebeurtenis WHERE event_id = ?", staartIds.get(2));
        JsonNode zonderStaart = verificatie(staart);
        assertThat(zonderStaart.get("intact").asBoolean()).isFalse();
        assertThat(zonderStaart.get("aantal").asLong()).isEqualTo(2);
        assertThat(zonderStaart.at("/eersteAfwijking/positie").asLong()).isEqualTo(3);
        assertThat(zonderStaart.at("/eersteAfwijking/eventId").isNull()).isTrue();
        assertThat(zonderStaart.at("/eersteAfwijking/reden").asString()).isEqualTo("KETENKOP_WIJKT_AF");

        String midden = uuid();
        List<String> middenIds = stuurDrieGebeurtenissen(midden);
        jdbc.update("DELETE FROM tijdlijn_gebeurtenis WHERE event_id = ?", middenIds.get(1));
        JsonNode zonderMidden = verificatie(midden);
        assertThat(zonderMidden.get("intact").asBoolean()).isFalse();
        assertThat(zonderMidden.at("/eersteAfwijking/positie").asLong()).isEqualTo(2);
        assertThat(zonderMidden.at("/eersteAfwijking/eventId").asString()).isEqualTo(middenIds.get(2));
        assertThat(zonderMidden.at("/eersteAfwijking/reden").asString()).isEqualTo("SCHAKEL_VERBROKEN");
    }

    @Test
    void r19_rowsStoredBeforeTheHashChainAreChainedByItsMigrationAsTheConsumerChainsThem() throws Exception {
        String gezinId = uuid();
        stuurDrieGebeurtenissen(gezinId);
        List<String> hashes = jdbc.queryForList(
                "SELECT hash FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer", String.class, gezinId);
        // back to how migration 2.4 leaves rows stored before it: no hashes, no chain head
        JdbcTemplate eigenaar = TestInfrastructure.get().alsEigenaar(dataSource);
        eigenaar.execute("ALTER TABLE tijdlijn_gebeurtenis ALTER COLUMN hash DROP NOT NULL");
        jdbc.update("UPDATE tijdlijn_gebeurtenis SET vorige_hash = NULL, hash = NULL WHERE gezin_id = ?", gezinId);
        jdbc.update("DELETE FROM tijdlijn_hashketen WHERE gezin_id = ?", gezinId);

        JavaMigration aanvulling = javaMigraties.stream()
                .filter(migratie -> "2.5".equals(migratie.getVersion().getVersion())).findFirst().orElseThrow();
        // a migration runs as the owner, who may change the column
        try (Connection verbinding = eigenaar.getDataSource().getConnection()) {
            aanvulling.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return verbinding;
                }
            });
        }

        assertThat(jdbc.queryForList("SELECT hash FROM tijdlijn_gebeurtenis WHERE gezin_id = ? ORDER BY volgnummer",
                String.class, gezinId)).isEqualTo(hashes);
        assertThat(jdbc.queryForObject("SELECT laatste_hash FROM tijdlijn_hashketen WHERE gezin_id = ?", String.class,
                gezinId)).isEqualTo(hashes.get(2));
        assertThat(verificatie(gezinId).get("intact").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT is_nullable FROM information_schema.columns "
                + "WHERE table_name = 'tijdlijn_gebeurtenis' AND column_name = 'hash'", String.class)).isEqualTo("NO");
    }

    @Test
    void r19_aHerbouwFromKafkaEqualsTheLiveTimelineAndFindsALiveRowAlteredAfterwards() throws Exception {
        String eerste = uuid();
        String tweede = uuid();
        List<String> ids = stuurDrieGebeurtenissen(eerste);
        send(KetenTopics.MELDING, meldingOntvangen(tweede, klok.instant()));
        send(KetenTopics.TRIAGE, overdrachtGedaan(tweede, uuid(), "NA_TRIAGE", klok.instant(), null));
        producer.send(new ProducerRecord<>(KetenTopics.TRIAGE, tweede, "geen CloudEvent".getBytes(StandardCharsets.UTF_8)))
                .get();
        awaitTijdlijn(tweede, "MeldingOntvangen", "OverdrachtGedaan");

        JsonNode eerder = herbouw();
        assertThat(eerder.get("teLezen").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(eerder.get("gelezen").asLong()).isEqualTo(eerder.get("teLezen").asLong());
        assertThat(eerder.get("ongeldig").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(eerder.get("klaarOp").isNull()).isFalse();
        JsonNode vergelijking = eerder.get("vergelijking");
        assertThat(vergelijking.get("gelijk").asLong()).isGreaterThanOrEqualTo(2);
        List<String> verschillend = gezinIds(vergelijking.get("verschillend"));
        assertThat(verschillend).doesNotContain(eerste, tweede);
        // empty when run alone; other tests of this class alter or delete live rows, which their chains show
        for (String gezin : verschillend) {
            assertThat(verificatie(gezin).get("intact").asBoolean()).isFalse();
        }
        assertThat(vergelijking.get("gezinnen").asLong())
                .isEqualTo(vergelijking.get("gelijk").asLong() + verschillend.size());

        jdbc.update("UPDATE tijdlijn_gebeurtenis SET samenvatting = ? WHERE event_id = ?", "Triage overgeslagen",
                ids.get(1));
        JsonNode later = herbouw();
        List<String> nuVerschillend = gezinIds(later.at("/vergelijking/verschillend"));
        List<String> verwacht = new ArrayList<>(verschillend);
        verwacht.add(eerste);
        assertThat(nuVerschillend).containsExactlyInAnyOrderElementsOf(verwacht);
        assertThat(later.at("/vergelijking/gelijk").asLong()).isEqualTo(vergelijking.get("gelijk").asLong() - 1);
    }

    @Test
    void r19_onlyOneHerbouwRunsAtATime() throws Exception {
        String lopend = uuid();
        jdbc.update("INSERT INTO tijdlijn_herbouw_run (herbouw_id, status, gelezen, ongeldig, gestart_op) "
                + "VALUES (?, 'LOOPT', 0, 0, now())", lopend);
        try {
            var geweigerd = post("/api/v1/beheer/tijdlijn/herbouw", "");
            assertThat(geweigerd.statusCode()).isEqualTo(409);
            assertThat(geweigerd.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(json(geweigerd).get("title").asString()).isEqualTo("Herbouw loopt al");
            assertThat(json(geweigerd).get("herbouwId").asString()).isEqualTo(lopend);
            assertThat(json(get("/api/v1/beheer/tijdlijn/herbouw/" + lopend)).get("status").asString())
                    .isEqualTo("LOPEND");
        } finally {
            jdbc.update("DELETE FROM tijdlijn_herbouw_run WHERE herbouw_id = ?", lopend);
        }
        assertThat(get("/api/v1/beheer/tijdlijn/herbouw/" + uuid()).statusCode()).isEqualTo(404);
    }

    @Test
    void r19_theFactsOfAStepAreOnTheTimelineAndCoveredByItsHash() throws Exception {
        String gezinId = uuid();
        ObjectNode afgerond = sample("triage-afgerond.v1", gezinId);
        send(KetenTopics.TRIAGE, event("triage-service", "triage.triage-afgerond", gezinId, klok.instant(), null,
                null, JSON.writeValueAsString(afgerond)));
        awaitTijdlijn(gezinId, "TriageAfgerond");

        JsonNode feiten = tijdlijn(gezinId).get("gebeurtenissen").get(0).get("feiten");
        assertThat(feiten.get("uitkomst").asString()).isEqualTo("OVERDRACHT_LOKAAL_VELD");
        assertThat(feiten.get("binnenTermijn").asBoolean()).isTrue();
        assertThat(feiten.has("actor")).isFalse();
        assertThat(verificatie(gezinId).get("intact").asBoolean()).isTrue();

        jdbc.update("UPDATE tijdlijn_gebeurtenis SET feiten = jsonb_set(feiten, '{binnenTermijn}', 'false') "
                + "WHERE gezin_id = ?", gezinId);

        JsonNode verificatie = verificatie(gezinId);
        assertThat(verificatie.get("intact").asBoolean()).isFalse();
        assertThat(verificatie.get("eersteAfwijking").get("reden").asString()).isEqualTo("HASH_WIJKT_AF");
    }
}
