package nl.veiligthuis.keten.wijkteam.samenwerking;

import static nl.veiligthuis.keten.wijkteam.WijkteamApi.JSON;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.LANG;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertProblem;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.assertRegel;
import static nl.veiligthuis.keten.wijkteam.WijkteamApi.invalidParams;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.TestInfrastructure;
import nl.veiligthuis.keten.wijkteam.WijkteamApi;
import nl.veiligthuis.keten.wijkteam.WijkteamIntegratieBasis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 point 11 (001 Bijlage 1: gezamenlijke reflectie en overleg; 001: "niet navolgbaar wie wat doet"): the
 * consultations of Veilig Thuis and the wijkteam about a zaak, and the signal that Veilig Thuis acted during it.
 */
class OverlegIntegrationTest extends WijkteamIntegratieBasis {

    private static final String TYPE = "nl.veilig-thuis.keten.wijkteam.";
    private static final String MEDEWERKER = "{\"naam\": \"Fatima el Amrani\", \"telefoon\": \"010-2345678\"}";
    private static final String CONCLUSIE = "Veilig Thuis onderzoekt de nieuwe melding; de regie blijft hier";
    private static final String TAAK = "Onderzoek naar de nieuwe melding met gesprek met beide kinderen";

    @Test
    void r10_issue14_veiligThuisActingDuringTheZaakAsksForASplitOfTasksThatAConsultationRecords() throws Exception {
        String gezinId = UUID.randomUUID().toString();
        String zaakId = api.openZaak(gezinId);
        String pad = "/api/v1/zaken/" + zaakId;
        assertRegel(api.post(pad + "/overleggen", overleg("[{\"omschrijving\": \"x\", \"door\": \"WIJKTEAM\"}]")),
                "R10");
        api.accepteer(zaakId, MEDEWERKER);

        // Veilig Thuis sends a further handover for the gezin: it joins the zaak, and who does what must be agreed
        String gevoegd = UUID.randomUUID().toString();
        TestInfrastructure.get().producer().send(WijkteamApi.overdrachtGedaan(UUID.randomUUID().toString(), gevoegd,
                gezinId)).get();
        await().atMost(LANG).until(() -> api.signalen(zaakId).contains("TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT"));

        // a reflection without tasks splits nothing
        api.ok(pad + "/overleggen", """
                {"soort": "GEZAMENLIJKE_REFLECTIE", "op": "%s", "deelnemers": ["VEILIG_THUIS", "WIJKTEAM"],
                 "conclusie": "Samen teruggekeken", "taken": [], "medewerker": %s}""".formatted(vandaag(), MEDEWERKER));
        await().atMost(LANG).until(() -> api.lees(pad + "/overleggen").get("overleggen").size() == 1);
        assertThat(api.signalen(zaakId)).contains("TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT");

        String overlegId = api.ok(pad + "/overleggen", overleg("""
                [{"omschrijving": "%s", "door": "VEILIG_THUIS", "uiterlijk": "%s"},
                 {"omschrijving": "Huisbezoek en veiligheidsplan", "door": "WIJKTEAM"}]"""
                .formatted(TAAK, vandaag().plusDays(14)))).get("overlegId").asString();
        await().atMost(LANG).until(() -> !api.signalen(zaakId).contains("TAAKVERDELING_MET_VEILIG_THUIS_ONTBREEKT"));
        JsonNode metTaken = null;
        for (JsonNode overleg : api.lees(pad + "/overleggen").get("overleggen")) {
            if (overleg.get("overlegId").asString().equals(overlegId)) {
                metTaken = overleg;
            }
        }
        assertThat(metTaken).as("overleg " + overlegId).isNotNull();
        assertThat(metTaken.get("conclusie").asString()).isEqualTo(CONCLUSIE);
        assertThat(metTaken.at("/taken/0/omschrijving").asString()).isEqualTo(TAAK);
        assertThat(metTaken.at("/taken/0/door").asString()).isEqualTo("VEILIG_THUIS");
        assertThat(metTaken.at("/taken/1/uiterlijk").isNull()).isTrue();

        // on the topic: who and by when, never the words (D4)
        var records = api.records(TYPE + "overleg-vastgelegd.v1", zaakId, 2);
        for (ConsumerRecord<String, byte[]> record : records) {
            EventContract.assertValid("overleg-vastgelegd.v1", record.value());
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain(CONCLUSIE, TAAK, "Huisbezoek", "Fatima", "Samen teruggekeken");
        }
    }

    @Test
    void r10_issue14_badConsultationsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String zaakId = api.openZaak(UUID.randomUUID().toString());
        String pad = "/api/v1/zaken/" + zaakId;
        api.accepteer(zaakId, MEDEWERKER);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId);
        assertThat(invalidParams(api.post(pad + "/overleggen", "{}")))
                .containsExactly("conclusie", "deelnemers", "medewerker", "op", "soort", "taken");
        assertThat(invalidParams(api.post(pad + "/overleggen", """
                {"soort": "CASUSOVERLEG", "op": "2999-01-01", "deelnemers": ["VEILIG_THUIS", "WIJKTEAM"],
                 "conclusie": "x", "taken": [{"omschrijving": " ", "door": "WIJKTEAM"}], "medewerker": %s}"""
                .formatted(MEDEWERKER)))).containsExactly("op", "taken[0].omschrijving");
        // R10: both at the table; a task only for a party there
        assertRegel(api.post(pad + "/overleggen", """
                {"soort": "CONSULTATIE", "op": "%s", "deelnemers": ["WIJKTEAM"], "conclusie": "x", "taken": [],
                 "medewerker": %s}""".formatted(vandaag(), MEDEWERKER)), "R10");
        assertRegel(api.post(pad + "/overleggen", overleg("[{\"omschrijving\": \"x\", \"door\": \"GEZIN\"}]")), "R10");
        assertProblem(api.get("/api/v1/zaken/" + UUID.randomUUID() + "/overleggen"), 404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, zaakId)).isEqualTo(events);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    private static String overleg(String taken) {
        return """
                {"soort": "CASUSOVERLEG", "op": "%s", "deelnemers": ["VEILIG_THUIS", "WIJKTEAM"],
                 "conclusie": "%s", "taken": %s, "medewerker": %s}""".formatted(vandaag(), CONCLUSIE, taken,
                MEDEWERKER);
    }
}
