package nl.veiligthuis.keten.wijkteam.intake;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.wijkteam.WijkteamApi;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.Signaal;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** R11 on the running service: the intake via REST, its signals on the zaak, and its events on keten.wijkteam.v1. */
class IntakeIntegrationTest extends WijkteamIntegratieBasis {

    private static final String TYPE = "nl.veilig-thuis.keten.wijkteam.";
    private static final String MEDEWERKER = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String PERSOON_MOEDER = "6e2f4a1b-3c5d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final String ONDERBOUWING = "Kind vertelt over klappen van vader; moeder kan niet beschermen";
    private static final String TOELICHTING = "Vader verblijft in het buitenland en reageert niet";
    private static final String BEVINDING = "Schulden bij de zorgverzekeraar";

    @Test
    void r11_theIntakeIsRecordedViaRestItsGapsAreSignalsAndEveryStepIsPublishedWithCodesOnly() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = api.openZaak(gezinId);
        String pad = "/api/v1/zaken/" + zaakId;

        // R11: no intake before the wijkteam has the zaak in treatment
        assertRegel(api.post(pad + "/gezinsleden", gezinslid("OUDER", null)), "R11");

        assertThat(api.post(pad + "/acceptatie", """
                {"team": "Westwijk", "medewerker": %s,
                 "regisseur": {"naam": "Fatima el Amrani", "telefoon": "010-2345678", "organisatie": "Minters"}}"""
                .formatted(MEDEWERKER)).statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> signalen(zaakId).equals(List.of("GEEN_GEZINSLEDEN", "ZRM_START_ONTBREEKT")));

        var moederAntwoord = api.post(pad + "/gezinsleden", gezinslid("OUDER", PERSOON_MOEDER));
        assertThat(moederAntwoord.statusCode()).isEqualTo(201);
        String moeder = JSON.readTree(moederAntwoord.body()).get("lidId").asString();
        assertThat(UUID.fromString(moeder)).isNotNull();
        var kindAntwoord = api.post(pad + "/gezinsleden", gezinslid("KIND", null));
        assertThat(kindAntwoord.statusCode()).isEqualTo(201);
        String kind = JSON.readTree(kindAntwoord.body()).get("lidId").asString();
        // R11: one person is one gezinslid
        assertRegel(api.post(pad + "/gezinsleden", gezinslid("PARTNER", PERSOON_MOEDER)), "R11");

        await().atMost(LANG).until(() -> signalen(zaakId).equals(List.of("KIND_NIET_GESPROKEN", "GESPREK_ONTBREEKT",
                "KIND_ZONDER_VEILIGHEIDSINSCHATTING", "ZRM_START_ONTBREEKT")));

        // R11 refusals: no reason for not speaking, an assessment of an adult, a ZRM for a child, EIND before START,
        // an unknown gezinslid
        assertRegel(api.post(pad + "/gezinsleden/" + kind + "/gesprekken", gesprek(false, null)), "R11");
        assertRegel(api.post(pad + "/gezinsleden/" + kind + "/gesprekken", gesprek(false, "\"ANDERS\"")), "R11");
        assertRegel(api.post(pad + "/gezinsleden/" + moeder + "/veiligheidsinschattingen", inschatting("VEILIG")),
                "R11");
        assertRegel(api.post(pad + "/gezinsleden/" + kind + "/zrm", zrm("START", scores(3))), "R11");
        assertRegel(api.post(pad + "/gezinsleden/" + moeder + "/zrm", zrm("EIND", scores(3))), "R11");
        assertRegel(api.post(pad + "/gezinsleden/" + UUID.randomUUID() + "/gesprekken", gesprek(true, null)), "R11");

        assertThat(api.post(pad + "/gezinsleden/" + moeder + "/gesprekken", gesprek(true, null)).statusCode())
                .isEqualTo(200);
        assertThat(api.post(pad + "/gezinsleden/" + kind + "/gesprekken", gesprek(false, "\"GEEN_TOESTEMMING_OUDERS\""))
                .statusCode()).isEqualTo(200);
        // spoken with everyone but the child: the child not spoken with stays a signal
        await().atMost(LANG).until(() -> signalen(zaakId).equals(List.of("KIND_NIET_GESPROKEN",
                "KIND_ZONDER_VEILIGHEIDSINSCHATTING", "ZRM_START_ONTBREEKT")));

        assertThat(api.post(pad + "/gezinsleden/" + kind + "/gesprekken", gesprek(true, null)).statusCode())
                .isEqualTo(200);
        // issue 14 point 9: an assessment that leaves out the mother is a signal until one covers her
        assertThat(api.post(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("ONVEILIG"))
                .statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> signalen(zaakId).contains("INSCHATTING_NIET_OVER_ALLE_OUDERS"));
        assertRegel(api.post(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen",
                inschatting("ONVEILIG", kind)), "R11");
        assertThat(api.post(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen",
                inschatting("ONVEILIG", moeder)).statusCode()).isEqualTo(200);
        assertThat(api.post(pad + "/gezinsleden/" + moeder + "/zrm", zrm("START", scores(2))).statusCode())
                .isEqualTo(200);
        // the child judged unsafe counts on the zaak: R13 asks for a veiligheidsplan
        await().atMost(LANG).until(() -> signalen(zaakId).equals(List.of("ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN")));
        assertThat(jdbc.queryForObject("SELECT onveilige_kinderen FROM zaak_overzicht WHERE zaak_id = ?",
                Integer.class, zaakId)).isEqualTo(1);

        assertThat(api.post(pad + "/gezinsleden/" + moeder + "/zrm", zrm("EIND", scores(4))).statusCode())
                .isEqualTo(200);
        assertThat(api.post(pad + "/leefgebiedenanalyse", leefgebiedenanalyse(BEVINDING)).statusCode()).isEqualTo(200);

        JsonNode intake = await().atMost(LANG).until(() -> api.lees(pad + "/intake"),
                i -> !i.get("leefgebiedenanalyse").isNull() && !i.at("/gezinsleden/0/zrmEind").isNull());
        assertThat(intake.get("zaakId").asString()).isEqualTo(zaakId);
        assertThat(intake.get("signalen").isEmpty()).isTrue();
        JsonNode eerste = intake.at("/gezinsleden/0");
        assertThat(eerste.get("lidId").asString()).isEqualTo(moeder);
        assertThat(eerste.get("rol").asString()).isEqualTo("OUDER");
        assertThat(eerste.get("persoonId").asString()).isEqualTo(PERSOON_MOEDER);
        assertThat(eerste.get("aanduiding").asString()).isEqualTo("moeder");
        assertThat(eerste.at("/laatsteGesprek/gesproken").asBoolean()).isTrue();
        assertThat(eerste.at("/zrmStart/scores/FINANCIEN").asInt()).isEqualTo(2);
        assertThat(eerste.at("/zrmEind/scores/JUSTITIE").asInt()).isEqualTo(4);
        assertThat(eerste.at("/zrmStart/peildatum").asString()).isEqualTo("2026-01-15");
        JsonNode tweede = intake.at("/gezinsleden/1");
        assertThat(tweede.get("persoonId").isNull()).isTrue();
        assertThat(tweede.at("/laatsteGesprek/gesproken").asBoolean()).isTrue();
        assertThat(tweede.get("veiligheidsinschattingen").size()).isEqualTo(2);
        assertThat(tweede.at("/veiligheidsinschattingen/0/volwassenen").isEmpty()).isTrue();
        JsonNode inschatting = tweede.at("/veiligheidsinschattingen/1");
        assertThat(inschatting.get("volwassenen").toString()).isEqualTo("[\"" + moeder + "\"]");
        assertThat(inschatting.get("instrument").asString()).isEqualTo("LIRIK");
        assertThat(inschatting.get("oordeel").asString()).isEqualTo("ONVEILIG");
        assertThat(inschatting.get("onderbouwing").asString()).isEqualTo(ONDERBOUWING);
        assertThat(inschatting.at("/medewerker/naam").asString()).isEqualTo("Fatima el Amrani");
        assertThat(inschatting.get("vastgelegdOp").isNull()).isFalse();
        assertThat(intake.at("/leefgebiedenanalyse/bevindingen").size()).isEqualTo(5);
        assertThat(intake.at("/leefgebiedenanalyse/bevindingen/PARTICIPATIE_EN_INKOMEN").asString())
                .isEqualTo(BEVINDING);

        // every step is on the gezin's timeline: published, valid, with codes and ids only (D4)
        Map<String, Integer> verwacht = Map.of("gezinslid-geregistreerd", 2, "gesprek-vastgelegd", 3,
                "veiligheidsinschatting-vastgelegd", 2, "zrm-vastgelegd", 2, "leefgebiedenanalyse-vastgelegd", 1);
        for (Map.Entry<String, Integer> soort : verwacht.entrySet()) {
            List<ConsumerRecord<String, byte[]>> records = api.records(TYPE + soort.getKey() + ".v1", zaakId,
                    soort.getValue());
            assertThat(records).hasSize(soort.getValue());
            for (ConsumerRecord<String, byte[]> record : records) {
                KetenEvent event = CloudEventsKafkaCodec.decode(record);
                assertThat(record.key()).isEqualTo(gezinId);
                assertThat(event.dataref().getPath()).isEqualTo(pad + "/intake");
                EventContract.assertValid(soort.getKey() + ".v1", event.data());
                JsonNode payload = JSON.readTree(event.data());
                assertThat(payload.at("/actor/rol").asString()).isEqualTo("WIJKTEAMMEDEWERKER");
                assertThat(payload.at("/actor/organisatie").asString()).isEqualTo("Wijkteam Vlaardingen");
                String tekst = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(tekst).doesNotContain("Fatima", "Amrani", "010-2345678", "010-8765432", "moeder", "oudste",
                        ONDERBOUWING, BEVINDING, "FINANCIEN", TOELICHTING);
                for (Header header : record.headers()) {
                    assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain("Fatima", "moeder");
                }
            }
        }
        JsonNode oordeel = JSON.readTree(CloudEventsKafkaCodec.decode(
                api.records(TYPE + "veiligheidsinschatting-vastgelegd.v1", zaakId, 2).get(1)).data());
        assertThat(oordeel.get("lidId").asString()).isEqualTo(kind);
        assertThat(oordeel.get("volwassenen").toString()).isEqualTo("[\"" + moeder + "\"]");
        assertThat(oordeel.get("instrument").asString()).isEqualTo("LIRIK");
        assertThat(oordeel.get("oordeel").asString()).isEqualTo("ONVEILIG");
        JsonNode nietGesproken = JSON.readTree(CloudEventsKafkaCodec.decode(
                api.records(TYPE + "gesprek-vastgelegd.v1", zaakId, 3).get(1)).data());
        assertThat(nietGesproken.get("gesproken").asBoolean()).isFalse();
        assertThat(nietGesproken.get("redenNietGesproken").asString()).isEqualTo("GEEN_TOESTEMMING_OUDERS");
        assertThat(nietGesproken.get("rol").asString()).isEqualTo("KIND");

        // returned to Veilig Thuis: the intake's signals are no longer the wijkteam's
        assertThat(api.post(pad + "/terugmelding", """
                {"reden": "ONVOLDOENDE_MIDDELEN", "toelichting": "geen aanbod", "medewerker": %s}"""
                .formatted(MEDEWERKER)).statusCode()).isEqualTo(200);
        await().atMost(LANG).until(() -> signalen(zaakId).isEmpty());
        assertRegel(api.post(pad + "/leefgebiedenanalyse", leefgebiedenanalyse(BEVINDING)), "R11");
    }

    @Test
    void r11_invalidIntakeRequestsAreRefusedNamingTheFieldsAndChangeNothing() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        String pad = "/api/v1/zaken/" + zaakId;
        api.accepteer(zaakId, MEDEWERKER);
        String lid = api.ok(pad + "/gezinsleden", gezinslid("OUDER", null)).get("lidId").asString();
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId);

        assertThat(invalidParams(api.post(pad + "/gezinsleden", "{}"))).containsExactly("medewerker", "rol");
        assertThat(invalidParams(api.post(pad + "/gezinsleden", """
                {"rol": "OUDER", "persoonId": "geen-uuid", "aanduiding": "%s", "medewerker": %s}"""
                .formatted("x".repeat(101), MEDEWERKER)))).containsExactly("aanduiding", "persoonId");
        assertThat(invalidParams(api.post(pad + "/gezinsleden",
                "{\"rol\": \"OPA\", \"medewerker\": " + MEDEWERKER + "}"))).containsExactly("rol");

        assertThat(invalidParams(api.post(pad + "/gezinsleden/" + lid + "/gesprekken", "{}")))
                .containsExactly("gesproken", "gevoerdOp", "medewerker");
        assertThat(invalidParams(api.post(pad + "/gezinsleden/" + lid + "/gesprekken", """
                {"gesproken": true, "gevoerdOp": "2999-01-01", "medewerker": %s}""".formatted(MEDEWERKER))))
                .containsExactly("gevoerdOp");

        assertThat(invalidParams(api.post(pad + "/gezinsleden/" + lid + "/veiligheidsinschattingen", """
                {"instrument": "ETM", "oordeel": "VEILIG", "onderbouwing": " ", "medewerker": %s}"""
                .formatted(MEDEWERKER)))).containsExactly("onderbouwing");
        // issue 14 point 9: the adults an assessment covers are lidIds, at most 20
        assertThat(invalidParams(api.post(pad + "/gezinsleden/" + lid + "/veiligheidsinschattingen", """
                {"instrument": "ETM", "oordeel": "VEILIG", "onderbouwing": "x", "medewerker": %s,
                 "volwassenen": ["geen-uuid"]}""".formatted(MEDEWERKER)))).containsExactly("volwassenen[0]");
        assertThat(invalidParams(api.post(pad + "/gezinsleden/" + lid + "/veiligheidsinschattingen", """
                {"instrument": "ETM", "oordeel": "VEILIG", "onderbouwing": "x", "medewerker": %s, "volwassenen": [%s]}"""
                .formatted(MEDEWERKER, String.join(", ", java.util.Collections.nCopies(21,
                        "\"" + UUID.randomUUID() + "\"")))))).containsExactly("volwassenen");

        // R11: all 13 ZRM domains, each scored 1 to 5
        Map<String, Integer> twaalf = scores(3);
        twaalf.remove("JUSTITIE");
        twaalf.put("FINANCIEN", 6);
        twaalf.put("HUISVESTING", 0);
        assertThat(invalidParams(api.post(pad + "/gezinsleden/" + lid + "/zrm", zrm("START", twaalf))))
                .containsExactly("scores[FINANCIEN]", "scores[HUISVESTING]", "scores[JUSTITIE]");
        assertThat(invalidParams(api.post(pad + "/gezinsleden/" + lid + "/zrm", "{}")))
                .containsExactly("medewerker", "moment", "peildatum", "scores");

        // R11: all five life domains
        assertThat(invalidParams(api.post(pad + "/leefgebiedenanalyse", """
                {"bevindingen": {"VEILIGHEID": "Ruzies", "OPVOEDEN_EN_OPGROEIEN": " "}, "medewerker": %s}"""
                .formatted(MEDEWERKER)))).containsExactly("bevindingen[DAGELIJKS_FUNCTIONEREN]",
                "bevindingen[LICHAMELIJKE_EN_PSYCHISCHE_GEZONDHEID]", "bevindingen[OPVOEDEN_EN_OPGROEIEN]",
                "bevindingen[PARTICIPATIE_EN_INKOMEN]");

        String onbekend = OpenZaak.zaakIdVoor(UUID.randomUUID().toString());
        assertProblem(api.post("/api/v1/zaken/" + onbekend + "/gezinsleden", gezinslid("KIND", null)), 404);
        assertProblem(api.get("/api/v1/zaken/" + onbekend + "/intake"), 404);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(events);
    }

    @Test
    void d6_theIntakeEndpointsAreDocumentedWithExamples() throws Exception {
        JsonNode doc = api.lees("/api/v1/openapi.json");
        assertThat(OpenApiVoorbeelden.ontbrekend(doc)).isEmpty();
        JsonNode paden = doc.get("paths");
        for (String pad : List.of("/gezinsleden", "/gezinsleden/{lidId}/gesprekken",
                "/gezinsleden/{lidId}/veiligheidsinschattingen", "/gezinsleden/{lidId}/zrm", "/leefgebiedenanalyse")) {
            assertThat(paden.at("/~1api~1v1~1zaken~1{zaakId}" + pad.replace("/", "~1") + "/post/summary").asString())
                    .contains("R11");
        }
        assertThat(paden.at("/~1api~1v1~1zaken~1{zaakId}~1intake/get/summary").asString()).contains("R11");
        JsonNode schemas = doc.at("/components/schemas");
        assertThat(schemas.at("/ZrmRequest/properties/scores/example").isMissingNode()).isFalse();
        assertThat(schemas.at("/LeefgebiedenanalyseRequest/properties/bevindingen/example").isMissingNode()).isFalse();
        assertThat(schemas.at("/VeiligheidsinschattingRequest/properties/onderbouwing/example").isMissingNode())
                .isFalse();
    }

    @Test
    void r11_r16_issue14_everyPersonTheHandoverNamesIsKnownToTheZaakAndNoNamedChildIsForgottenAtClosing()
            throws Exception {
        String dochter = UUID.randomUUID().toString();
        String zoon = UUID.randomUUID().toString();
        Map<String, String> genoemd = new java.util.LinkedHashMap<>();
        genoemd.put(PERSOON_MOEDER, "OUDER");
        genoemd.put(dochter, "KIND");
        genoemd.put(zoon, "KIND");
        String zaakId = api.openZaak(UUID.randomUUID().toString(), genoemd);
        String pad = "/api/v1/zaken/" + zaakId;
        api.accepteer(zaakId, MEDEWERKER);

        // known from the start, before the team registered anyone; still missing conversations count as signals
        JsonNode intake = await().atMost(LANG).until(() -> api.lees(pad + "/intake"),
                i -> i.get("genoemdDoorVeiligThuis").size() == 3 && i.get("signalen").toString().contains("KIND_"));
        assertThat(intake.get("genoemdDoorVeiligThuis").findValuesAsString("persoonId"))
                .containsExactlyInAnyOrder(PERSOON_MOEDER, dochter, zoon);
        assertThat(intake.get("genoemdDoorVeiligThuis").findValues("lidId")).allMatch(JsonNode::isNull);
        assertThat(signalen(zaakId)).contains("GEEN_GEZINSLEDEN", "KIND_NIET_GESPROKEN",
                "KIND_ZONDER_VEILIGHEIDSINSCHATTING");

        // the team registers the mother and the daughter only, speaks with both and judges the daughter safe
        String moeder = api.ok(pad + "/gezinsleden", gezinslid("OUDER", PERSOON_MOEDER)).get("lidId").asString();
        // a named child is registered as a child
        assertRegel(api.post(pad + "/gezinsleden", gezinslid("OVERIG", zoon)), "R11");
        // the daughter was registered without her persoonId; the team couples the person Veilig Thuis named to her
        String kind = api.ok(pad + "/gezinsleden", gezinslid("KIND", null)).get("lidId").asString();
        String koppeling = pad + "/genoemde-gezinsleden/" + dochter + "/koppeling";
        assertThat(invalidParams(api.post(koppeling, "{\"lidId\": \" \"}")))
                .containsExactlyInAnyOrder("lidId", "medewerker");
        assertRegel(api.post(koppeling, koppeling(moeder)), "R11");
        assertRegel(api.post(pad + "/genoemde-gezinsleden/" + UUID.randomUUID() + "/koppeling", koppeling(kind)),
                "R11");
        api.ok(koppeling, koppeling(kind));
        api.ok(koppeling, koppeling(kind));
        KetenEvent gekoppeld = CloudEventsKafkaCodec.decode(
                api.records(TYPE + "genoemd-gezinslid-gekoppeld.v1", zaakId, 1).get(0));
        EventContract.assertValid("genoemd-gezinslid-gekoppeld.v1", gekoppeld.data());
        assertThat(JSON.readTree(gekoppeld.data()).get("persoonId").asString()).isEqualTo(dochter);
        api.ok(pad + "/gezinsleden/" + moeder + "/gesprekken", gesprek(true, null));
        api.ok(pad + "/gezinsleden/" + kind + "/gesprekken", gesprek(true, null));
        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("VEILIG"));
        await().atMost(LANG).until(() -> signalen(zaakId).containsAll(List.of("KIND_NIET_GESPROKEN",
                "GESPREK_ONTBREEKT", "KIND_ZONDER_VEILIGHEIDSINSCHATTING")));

        // 001 §3.3.2: not closed as "geen hulpvraag" while the son nobody spoke with is not known to be safe
        var geweigerd = api.post(pad + "/afsluiting", """
                {"uitkomst": "GEEN_HULPVRAAG", "onderbouwing": "Moeder wil geen hulp", "informeren": [],
                 "medewerker": %s}""".formatted(MEDEWERKER));
        assertRegel(geweigerd, "R16");
        assertThat(JSON.readTree(geweigerd.body()).get("detail").asString()).contains(zoon);
        assertThat(api.lees(pad + "/afsluiting").get("voorstellen").isEmpty()).isTrue();

        String zoonLid = api.ok(pad + "/gezinsleden", gezinslid("KIND", zoon)).get("lidId").asString();
        JsonNode bijgewerkt = await().atMost(LANG).until(() -> api.lees(pad + "/intake"),
                i -> i.get("genoemdDoorVeiligThuis").findValuesAsString("lidId").size() == 3);
        assertThat(bijgewerkt.get("genoemdDoorVeiligThuis").findValuesAsString("lidId"))
                .containsExactlyInAnyOrder(moeder, kind, zoonLid);
        api.ok(pad + "/gezinsleden/" + zoonLid + "/veiligheidsinschattingen", inschatting("VEILIG"));
        // judged safe, but neither spoken with nor a reason recorded
        assertRegel(api.post(pad + "/afsluiting", """
                {"uitkomst": "GEEN_HULPVRAAG", "onderbouwing": "Moeder wil geen hulp", "informeren": [],
                 "medewerker": %s}""".formatted(MEDEWERKER)), "R11");
        api.ok(pad + "/gezinsleden/" + zoonLid + "/gesprekken", gesprek(false, "\"TE_JONG\""));
        api.ok(pad + "/afsluiting", """
                {"uitkomst": "GEEN_HULPVRAAG", "onderbouwing": "Moeder wil geen hulp; alle kinderen veilig",
                 "informeren": [], "medewerker": %s}""".formatted(MEDEWERKER));
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("AFSLUITING_TER_BEOORDELING"));
        // coupled once: the same coupling sent twice was published once
        assertThat(api.records(TYPE + "genoemd-gezinslid-gekoppeld.v1", zaakId, 1)).hasSize(1);
    }

    @Test
    void issue14_aChildsJudgementNotReEvaluatedForLongerThanThePeriodIsASignalUntilTheChildIsJudgedAgain()
            throws Exception {
        // 003: is the judgement based on the most recent information?
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        String pad = "/api/v1/zaken/" + zaakId;
        api.accepteer(zaakId, MEDEWERKER);
        String kind = api.ok(pad + "/gezinsleden", gezinslid("KIND", null)).get("lidId").asString();
        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("VEILIG"));
        // the moment of the judgement, as the intake shows it, is the zaak's oldest current oordeel
        String vastgelegdOp = await().atMost(LANG).until(() -> api.lees(pad + "/intake"),
                i -> !i.at("/gezinsleden/0/veiligheidsinschattingen/0").isMissingNode())
                .at("/gezinsleden/0/veiligheidsinschattingen/0/vastgelegdOp").asString();
        await().atMost(LANG).until(() -> jdbc.queryForObject(
                "SELECT oudste_oordeel_op FROM zaak_overzicht WHERE zaak_id = ?", Timestamp.class, zaakId),
                oudste -> oudste != null && oudste.toInstant().equals(Instant.parse(vastgelegdOp)));
        assertThat(api.signalen(zaakId)).doesNotContain("VEILIGHEIDSOORDEEL_VEROUDERD");

        // the judgement is older than the period (90 days): the zaak and the team's worklist say so
        jdbc.update("UPDATE zaak_overzicht SET oudste_oordeel_op = now() - interval '91 days' WHERE zaak_id = ?", zaakId);
        assertThat(api.signalen(zaakId)).contains("VEILIGHEIDSOORDEEL_VEROUDERD");
        assertThat(api.lees("/api/v1/werkvoorraad?gemeente=Vlaardingen").toString())
                .contains("VEILIGHEIDSOORDEEL_VEROUDERD");

        // judged again: the signal is lifted
        api.ok(pad + "/gezinsleden/" + kind + "/veiligheidsinschattingen", inschatting("VEILIG"));
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("VEILIGHEIDSOORDEEL_VEROUDERD"));
    }

    private static String koppeling(String lidId) {
        return """
                {"lidId": "%s", "medewerker": %s}""".formatted(lidId, MEDEWERKER);
    }

    private static String gezinslid(String rol, String persoonId) {
        return """
                {"rol": "%s", "persoonId": %s, "aanduiding": "%s", "medewerker": %s}""".formatted(rol,
                persoonId == null ? "null" : "\"" + persoonId + "\"", "KIND".equals(rol) ? "oudste dochter" : "moeder",
                MEDEWERKER);
    }

    private static String gesprek(boolean gesproken, String reden) {
        return """
                {"gesproken": %s, "gevoerdOp": "2026-01-15", "redenNietGesproken": %s, "medewerker": %s}"""
                .formatted(gesproken, reden, MEDEWERKER);
    }

    private static String inschatting(String oordeel) {
        return """
                {"instrument": "LIRIK", "oordeel": "%s", "onderbouwing": "%s", "medewerker": %s}"""
                .formatted(oordeel, ONDERBOUWING, MEDEWERKER);
    }

    /** Issue 14 point 9: an assessment over these adults (lidIds). */
    private static String inschatting(String oordeel, String... volwassenen) {
        return """
                {"instrument": "LIRIK", "oordeel": "%s", "onderbouwing": "%s", "medewerker": %s, "volwassenen": [%s]}"""
                .formatted(oordeel, ONDERBOUWING, MEDEWERKER, String.join(", ",
                        java.util.Arrays.stream(volwassenen).map(lid -> "\"" + lid + "\"").toList()));
    }

    private static String zrm(String moment, Map<String, Integer> scores) {
        return """
                {"moment": "%s", "scores": %s, "peildatum": "2026-01-15", "medewerker": %s}"""
                .formatted(moment, JSON.writeValueAsString(scores), MEDEWERKER);
    }

    private static Map<String, Integer> scores(int score) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (ZrmDomein domein : ZrmDomein.values()) {
            scores.put(domein.name(), score);
        }
        return scores;
    }

    private static String leefgebiedenanalyse(String inkomen) {
        Map<String, String> bevindingen = new java.util.LinkedHashMap<>();
        for (Leefgebied gebied : Leefgebied.values()) {
            bevindingen.put(gebied.name(), "Bevinding " + gebied.ordinal());
        }
        bevindingen.put(Leefgebied.PARTICIPATIE_EN_INKOMEN.name(), inkomen);
        return "{\"bevindingen\": " + JSON.writeValueAsString(bevindingen) + ", \"medewerker\": " + MEDEWERKER + "}";
    }

    /** The signals about the intake: the intake's own and an unsafe child without veiligheidsplan (R13). */
    private List<String> signalen(String zaakId) throws Exception {
        return api.signalen(zaakId).stream()
                .filter(code -> code.equals(Signaal.ONVEILIG_KIND_ZONDER_VEILIGHEIDSPLAN.name())
                        || IntakeProjection.SIGNALEN.stream().anyMatch(signaal -> signaal.name().equals(code)))
                .toList();
    }
}
