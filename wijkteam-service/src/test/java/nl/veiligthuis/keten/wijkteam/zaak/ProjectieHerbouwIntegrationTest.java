package nl.veiligthuis.keten.wijkteam.zaak;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.platform.projectie.ProjectieDigest;
import nl.veiligthuis.keten.platform.projectie.Tabeldekking;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.wijkteam.WijkteamApi;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** R19: the zaakdossier (the zaak's whole read side) is rebuilt from the event store while the service runs, and verified per gezin. */
class ProjectieHerbouwIntegrationTest extends WijkteamIntegratieBasis {

    @Autowired
    List<ProjectieDigest> digests;

    private static final String HERBOUW = "/api/v1/beheer/projecties/zaakdossier/herbouw";
    /** The group's name before issue 12; the v1 path keeps accepting it. */
    private static final String HERBOUW_VOORHEEN = "/api/v1/beheer/projecties/zaak-overzicht/herbouw";
    private static final String MEDEWERKER = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";

    @Test
    void r19_theZaakdossierIsRebuiltFromTheEventStoreAndReadsTheSameAsBefore() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String nieuw = api.openZaak(UUID.randomUUID().toString());
        // issue 14 point 1: the persons the handovers name are part of the dossier the rebuild restores
        String inBehandeling = api.openZaak(gezinId, Map.of(UUID.randomUUID().toString(), "KIND"));
        // R10: a further handover of the gezin joins its zaak; the rebuild restores that too
        String gevoegd = UUID.randomUUID().toString();
        TestInfrastructure.get().producer().send(WijkteamApi.overdrachtGedaan(UUID.randomUUID().toString(), gevoegd,
                gezinId, Map.of(UUID.randomUUID().toString(), "OUDER"))).get();
        await().atMost(LANG).until(() -> api.get("/api/v1/zaken/" + inBehandeling).body().contains(gevoegd));
        api.ok("/api/v1/zaken/" + inBehandeling + "/acceptatie", """
                {"team": "Westwijk", "medewerker": %s,
                 "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678", "organisatie": "Minters"}}"""
                .formatted(MEDEWERKER));
        String kind = api.ok("/api/v1/zaken/" + inBehandeling + "/gezinsleden",
                "{\"rol\": \"KIND\", \"medewerker\": " + MEDEWERKER + "}").get("lidId").asString();
        api.ok("/api/v1/zaken/" + inBehandeling + "/gezinsleden/" + kind + "/veiligheidsinschattingen", """
                {"instrument": "LIRIK", "oordeel": "ONVEILIG", "onderbouwing": "Gesprek met kind en moeder",
                 "medewerker": %s}""".formatted(MEDEWERKER));
        await().atMost(LANG).until(() -> api.signalen(inBehandeling).contains("ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN"));
        Map<String, String> voor = reads(nieuw, inBehandeling);

        HttpResponse<String> gestart = api.post(HERBOUW, "");
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
        JsonNode herbouw = JSON.readTree(gestart.body());
        String herbouwId = herbouw.get("herbouwId").asString();
        assertThat(gestart.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(HERBOUW + "/" + herbouwId));
        assertThat(herbouw.get("teLezen").asLong()).isPositive();
        assertThat(herbouw.get("gezinnenVoor").asLong()).isPositive();

        JsonNode klaar = klaar(herbouwId);
        JsonNode vergelijking = klaar.get("vergelijking");
        assertThat(vergelijking.get("gelijk").asBoolean()).as(klaar.toString()).isTrue();
        assertThat(vergelijking.get("afwijkend").asLong()).isZero();
        assertThat(klaar.get("gelezen").asLong()).isGreaterThanOrEqualTo(klaar.get("teLezen").asLong());
        assertThat(klaar.get("gezinnenNa").asLong()).isGreaterThanOrEqualTo(klaar.get("gezinnenVoor").asLong());
        assertThat(reads(nieuw, inBehandeling)).isEqualTo(voor);
    }

    @Test
    void r19_aProjectionRowChangedBehindTheProcessorsBackIsReportedAndRestored() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = api.openZaak(gezinId);
        jdbc.update("UPDATE zaak_overzicht SET gemeente = 'Nergenshuizen' WHERE zaak_id = ?", zaakId);
        jdbc.update("INSERT INTO zaak_signaal (zaak_id, signaal, sinds) VALUES (?, 'OPGESCHAALD_WACHT_OP_BESLUIT', now())", zaakId);

        HttpResponse<String> gestart = api.post(HERBOUW, "");
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
        JsonNode klaar = klaar(JSON.readTree(gestart.body()).get("herbouwId").asString());

        JsonNode vergelijking = klaar.get("vergelijking");
        assertThat(vergelijking.get("gelijk").asBoolean()).isFalse();
        List<String> afwijkend = new ArrayList<>();
        vergelijking.get("afwijkendeGezinnen").forEach(gezin -> afwijkend.add(gezin.asString()));
        assertThat(afwijkend).containsExactly(gezinId);
        assertThat(vergelijking.get("afwijkend").asLong()).isEqualTo(1);
        // the rebuild restored what the events say
        JsonNode zaak = api.lees("/api/v1/zaken/" + zaakId);
        assertThat(zaak.get("gemeente").asString()).isEqualTo("Vlaardingen");
        assertThat(zaak.get("signalen").toString()).doesNotContain("OPGESCHAALD_WACHT_OP_BESLUIT");
    }

    @Test
    void r19_onlyGroupsWithADigestCanBeRebuilt() throws Exception {
        // replaying the publisher would publish every event again
        for (String groep : List.of("kafka-publisher", "bestaat-niet")) {
            HttpResponse<String> response = api.post("/api/v1/beheer/projecties/" + groep + "/herbouw", "");
            assertProblem(response, 404);
            assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("zaakdossier");
        }
        assertProblem(api.get(HERBOUW + "/" + UUID.randomUUID()), 404);
    }

    @Test
    void r19_aSecondHerbouwOfTheSameGroupWhileOneRunsIsAConflict() throws Exception {
        String lopende = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO projectie_herbouw (herbouw_id, projectie, status, gestart_op) "
                + "VALUES (?, 'zaakdossier', 'LOOPT', now())", lopende);
        try {
            HttpResponse<String> tweede = api.post(HERBOUW, "");
            assertProblem(tweede, 409);
            assertThat(JSON.readTree(tweede.body()).get("herbouwId").asString()).isEqualTo(lopende);
            assertThat(api.lees(HERBOUW + "/" + lopende).get("status").asString()).isEqualTo("LOOPT");
            // the earlier name of the group names the same herbouw
            HttpResponse<String> voorheen = api.post(HERBOUW_VOORHEEN, "");
            assertProblem(voorheen, 409);
            assertThat(JSON.readTree(voorheen.body()).get("herbouwId").asString()).isEqualTo(lopende);
            JsonNode stand = api.lees(HERBOUW_VOORHEEN + "/" + lopende);
            assertThat(stand.get("projectie").asString()).isEqualTo("zaakdossier");
            assertThat(stand.get("status").asString()).isEqualTo("LOOPT");
        } finally {
            jdbc.update("DELETE FROM projectie_herbouw WHERE herbouw_id = ?", lopende);
        }
    }

    private JsonNode klaar(String herbouwId) {
        return await().atMost(LANG).until(() -> api.lees(HERBOUW + "/" + herbouwId),
                stand -> !"LOOPT".equals(stand.get("status").asString()));
    }

    /** What the overview, the intake, the regie and the worklist say about these zaken. */
    private Map<String, String> reads(String... zaakIds) throws Exception {
        Map<String, String> reads = new LinkedHashMap<>();
        JsonNode werkvoorraad = api.lees("/api/v1/werkvoorraad?gemeente=Vlaardingen");
        for (String zaakId : zaakIds) {
            for (String pad : List.of("", "/intake", "/regie", "/ondersteuningsplan")) {
                HttpResponse<String> response = api.get("/api/v1/zaken/" + zaakId + pad);
                reads.put(zaakId + pad, response.statusCode() + " " + response.body());
            }
            String inWerkvoorraad = null;
            for (JsonNode lijst : werkvoorraad) {
                for (JsonNode rij : lijst.isArray() ? lijst : List.<JsonNode>of()) {
                    if (zaakId.equals(rij.path("zaakId").asString(""))) {
                        inWerkvoorraad = rij.toString();
                    }
                }
            }
            reads.put(zaakId + " werkvoorraad", inWerkvoorraad);
        }
        return reads;
    }

    /** Issue 12 point 2: a table no digest names would be refilled by a herbouw without being compared. */
    @Test
    void r19_everyTableOfTheSchemaIsInADigestOrExcludedWithAReason() {
        Map<String, String> uitgezonderd = Map.ofEntries(
                Map.entry("monitoring_zaak", "written by the Kafka listener (MonitoringListener), not by a processing group"),
                Map.entry("gezinsregie_voorloper", "a fixed list migration V2_12 wrote once for the Gezinsregie; no "
                        + "processing group writes it and a herbouw leaves it alone"));
        assertThat(Tabeldekking.onbedekt(jdbc, digests, uitgezonderd)).isEmpty();
        assertThat(Tabeldekking.verouderd(jdbc, uitgezonderd)).isEmpty();
    }
}
