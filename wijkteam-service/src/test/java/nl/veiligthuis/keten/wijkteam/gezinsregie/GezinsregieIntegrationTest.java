package nl.veiligthuis.keten.wijkteam.gezinsregie;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TopicReader;
import nl.veiligthuis.keten.wijkteam.WijkteamKetenBasis;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** R9, R10 on the running service: one lopende zaak per gezin, whatever order or rate its handovers come in. */
class GezinsregieIntegrationTest extends WijkteamKetenBasis {

    private static final String GEVOEGD = "nl.veilig-thuis.keten.wijkteam.overdracht-bij-zaak-gevoegd.v1";
    private static final String GEACCEPTEERD = "nl.veilig-thuis.keten.wijkteam.overdracht-geaccepteerd.v1";
    private static final String TERUGGEMELD = "nl.veilig-thuis.keten.wijkteam.zaak-teruggemeld.v1";
    private static final String AFGESPLITST = "nl.veilig-thuis.keten.wijkteam.overdracht-afgesplitst.v1";

    @Autowired
    private OverdrachtOntvangst ontvangst;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void r10_aBurstOfHandoversForOneGezinOverSeveralPartitionsMakesOneZaakWithOnePlan() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        List<String> overdrachten = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID().toString()).toList();
        // keyed apart, so they land on different partitions, as handovers of different meldingen may
        for (String overdrachtId : overdrachten) {
            ProducerRecord<String, byte[]> record = overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId);
            send(new ProducerRecord<>(record.topic(), null, overdrachtId, record.value(), record.headers()));
        }
        JsonNode zaak = await().atMost(LANG).until(() -> zaken(gezinId),
                zaken -> zaken.size() == 1 && zaken.get(0).get("gevoegdeOverdrachten").size() == 4).get(0);
        String zaakId = zaak.get("zaakId").asString();
        Set<String> inDeZaak = new java.util.HashSet<>(List.of(zaak.get("overdrachtId").asString()));
        zaak.get("gevoegdeOverdrachten").forEach(o -> {
            inDeZaak.add(o.get("overdrachtId").asString());
            assertThat(o.get("status").asString()).isEqualTo("WACHT_OP_ACCEPTATIE");
            assertThat(o.get("overdrachtDataref").asString()).endsWith("/api/v1/overdrachten/" + o.get("overdrachtId").asString());
        });
        assertThat(inDeZaak).containsExactlyInAnyOrderElementsOf(overdrachten);
        assertThat(zaak.get("signalen").toString()).contains("OVERDRACHT_WACHT_OP_ACCEPTATIE");
        for (ConsumerRecord<String, byte[]> gevoegd : awaitRecords(GEVOEGD, zaakId, 4)) {
            assertThat(gevoegd.key()).isEqualTo(gezinId);
            EventContract.assertValid("overdracht-bij-zaak-gevoegd.v1", CloudEventsKafkaCodec.decode(gevoegd).data());
        }

        // R9: accepting the zaak takes in every handover in it; Veilig Thuis hears it per overdracht
        accepteer(zaakId, "Westwijk");
        List<ConsumerRecord<String, byte[]>> geaccepteerd = awaitRecords(GEACCEPTEERD, zaakId, 5);
        assertThat(geaccepteerd.stream().map(r -> JSON.readTree(CloudEventsKafkaCodec.decode(r).data())
                .get("overdrachtId").asString()).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(overdrachten);
        await().atMost(LANG).until(() -> !signalen(zaakId).contains("OVERDRACHT_WACHT_OP_ACCEPTATIE"));
    }

    @Test
    void r10_handoversDecidedAtTheSameMomentInParallelTransactionsStillMakeOneZaak() throws Exception {
        // as two instances would: each handover in its own transaction, all at once, retried on a conflict like the
        // consumer's error handler does
        String gezinId = UUID.randomUUID().toString();
        List<String> zaakIds = new ArrayList<>();
        TransactionTemplate transactie = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> pogingen = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                OpenZaak overdracht = overdracht(gezinId);
                zaakIds.add(overdracht.zaakId());
                pogingen.add(pool.submit(metHerhaling(() -> transactie.executeWithoutResult(status ->
                        ontvangst.ontvang(overdracht, Map.of())))));
            }
            for (Future<Integer> poging : pogingen) {
                assertThat(poging.get()).isLessThanOrEqualTo(10);
            }
        } finally {
            pool.shutdownNow();
        }
        // in the event store itself, not only in the read model: one zaak was opened, the others joined it
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ZaakGeopend'"
                + " AND aggregate_identifier = ANY(?)", Long.class, (Object) zaakIds.toArray(String[]::new)))
                .isEqualTo(1);
        JsonNode zaak = await().atMost(LANG).until(() -> zaken(gezinId),
                zaken -> zaken.size() == 1 && zaken.get(0).get("gevoegdeOverdrachten").size() == 5).get(0);
        assertThat(zaak.get("status").asString()).isEqualTo("OVERDRACHT_ONTVANGEN");
    }

    @Test
    void r9_r10_aHandoverJoiningAZaakInTreatmentIsAcceptedOrSplitOffWithItsReasonAndTheReturnCoversAll()
            throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = zaakVan(gezinId);
        accepteer(zaakId, "Westwijk");
        String tweede = stuurOverdracht(gezinId);
        // issue 14 point 1: the third handover names a child; it is known to the zaak it joins, and goes with a split
        String jongste = UUID.randomUUID().toString();
        String derde = stuurOverdracht(gezinId, Map.of(jongste, "KIND"));
        await().atMost(LANG).until(() -> zaken(gezinId).get(0).get("gevoegdeOverdrachten").size() == 2);
        assertThat(await().atMost(LANG).until(() -> genoemd(zaakId), genoemd -> !genoemd.isEmpty()))
                .containsExactly(jongste);
        assertThat(zaken(gezinId)).hasSize(1);

        // bad input names every field and changes nothing
        String[] geraakt = {zaakId, OpenZaak.zaakIdVoor(tweede), OpenZaak.zaakIdVoor(derde)};
        long events = eventsVan(geraakt);
        var zonderReden = post(pad(zaakId, tweede, "afsplitsing"), "{\"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}");
        assertProblem(zonderReden, 400);
        assertThat(invalidParams(zonderReden)).containsExactlyInAnyOrder("reden", "toelichting");
        var onbekend = post(pad(zaakId, UUID.randomUUID().toString(), "acceptatie"),
                "{\"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}");
        assertProblem(onbekend, 409);
        assertThat(JSON.readTree(onbekend.body()).get("regel").asString()).isEqualTo("R10");
        assertThat(eventsVan(geraakt)).isEqualTo(events);

        // the team takes the second in: one plan, one casusregisseur
        assertThat(post(pad(zaakId, tweede, "acceptatie"), "{\"medewerker\": {\"naam\": \"" + MEDEWERKER + "\"}}")
                .statusCode()).isEqualTo(200);
        ConsumerRecord<String, byte[]> acceptatie = awaitRecords(GEACCEPTEERD, tweede, 1).get(0);
        JsonNode geaccepteerd = JSON.readTree(CloudEventsKafkaCodec.decode(acceptatie).data());
        assertThat(geaccepteerd.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(geaccepteerd.get("team").asString()).isEqualTo("Westwijk");

        // and decides, with its reason, that the third gets a zaak of its own
        var splitsing = post(pad(zaakId, derde, "afsplitsing"), """
                {"reden": "ANDER_HUISHOUDEN", "toelichting": "Vader woont met de jongste apart; eigen hulpvraag",
                 "medewerker": {"naam": "%s"}}""".formatted(MEDEWERKER));
        assertThat(splitsing.statusCode()).as(splitsing.body()).isEqualTo(200);
        String nieuweZaak = JSON.readTree(splitsing.body()).get("nieuweZaakId").asString();
        assertThat(nieuweZaak).isEqualTo(OpenZaak.zaakIdVoor(derde));
        await().atMost(LANG).until(() -> zaken(gezinId).size() == 2);
        KetenEvent afgesplitst = CloudEventsKafkaCodec.decode(awaitRecords(AFGESPLITST, derde, 1).get(0));
        EventContract.assertValid("overdracht-afgesplitst.v1", afgesplitst.data());
        // D4: the toelichting and the medewerker stay here
        assertThat(new String(afgesplitst.data(), StandardCharsets.UTF_8)).contains("ANDER_HUISHOUDEN")
                .doesNotContain("jongste", "Fatima");
        JsonNode eerste = JSON.readTree(get("/api/v1/zaken/" + zaakId).body());
        assertThat(eerste.get("gevoegdeOverdrachten").findValuesAsString("status"))
                .containsExactly("GEACCEPTEERD", "AFGESPLITST");
        assertThat(eerste.at("/gevoegdeOverdrachten/1/afgesplitstNaar").asString()).isEqualTo(nieuweZaak);
        assertThat(JSON.readTree(get("/api/v1/zaken/" + nieuweZaak).body()).get("overdrachtId").asString())
                .isEqualTo(derde);
        // the child the split-off handover named belongs to the new zaak now, not to the one it left
        await().atMost(LANG).until(() -> genoemd(nieuweZaak).equals(List.of(jongste)));
        assertThat(genoemd(zaakId)).isEmpty();

        // R9: the return takes every handover the zaak holds back to Veilig Thuis, each for its own melding
        assertThat(post("/api/v1/zaken/" + zaakId + "/terugmelding", terugmelding("\"ONVOLDOENDE_MIDDELEN\""))
                .statusCode()).isEqualTo(200);
        List<ConsumerRecord<String, byte[]>> teruggemeld = awaitRecords(TERUGGEMELD, zaakId, 2);
        assertThat(teruggemeld.stream().map(r -> JSON.readTree(CloudEventsKafkaCodec.decode(r).data())
                .get("overdrachtId").asString()).toList()).contains(tweede).hasSize(2);
        teruggemeld.forEach(r -> EventContract.assertValid("zaak-teruggemeld.v1", CloudEventsKafkaCodec.decode(r).data()));

        // the zaak has left the wijkteam: a further handover joins the split-off zaak, the gezin's lopende one
        String vierde = stuurOverdracht(gezinId);
        await().atMost(LANG).until(() -> JSON.readTree(get("/api/v1/zaken/" + nieuweZaak).body())
                .get("gevoegdeOverdrachten").findValuesAsString("overdrachtId").contains(vierde));
        assertThat(zaken(gezinId)).hasSize(2);
    }

    private String stuurOverdracht(String gezinId) {
        return stuurOverdracht(gezinId, Map.of());
    }

    /** The persoonIds Veilig Thuis named for the zaak, as its intake lists them. */
    private List<String> genoemd(String zaakId) throws Exception {
        return JSON.readTree(get("/api/v1/zaken/" + zaakId + "/intake").body()).get("genoemdDoorVeiligThuis")
                .findValuesAsString("persoonId");
    }

    private String stuurOverdracht(String gezinId, Map<String, String> leden) {
        String overdrachtId = UUID.randomUUID().toString();
        send(overdrachtGedaan(UUID.randomUUID().toString(), overdrachtId, gezinId, leden));
        return overdrachtId;
    }

    private static String pad(String zaakId, String overdrachtId, String handeling) {
        return "/api/v1/zaken/" + zaakId + "/overdrachten/" + overdrachtId + "/" + handeling;
    }

    private static OpenZaak overdracht(String gezinId) {
        String overdrachtId = UUID.randomUUID().toString();
        return new OpenZaak(OpenZaak.zaakIdVoor(overdrachtId), overdrachtId, UUID.randomUUID().toString(), gezinId,
                Route.NA_TRIAGE, "Vlaardingen", null, Instant.now(), null);
    }

    /** Runs until it succeeds, at most ten times; answers how many attempts it took. */
    private static Callable<Integer> metHerhaling(Runnable werk) {
        return () -> {
            for (int poging = 1; ; poging++) {
                try {
                    werk.run();
                    return poging;
                } catch (RuntimeException conflict) {
                    if (poging == 10) {
                        throw conflict;
                    }
                }
            }
        };
    }
}
