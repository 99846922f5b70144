package nl.veiligthuis.keten.monitoring.inspectie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.testinfra.Testtokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The inspection checks (R19) on the running service: a gezin judged as known at a moment, per gemeente, as CSV. */
class InspectieIntegrationTest extends MonitoringIntegratieBasis {

    @Test
    void r19_theInspectionJudgesAGezinAsKnownAtAMomentCountsPerGemeenteAndExportsCsv() throws Exception {
        // R1: a triage that ran past its last day, judged before and after that was known
        String gezinId = uuid();
        String gemeente = "Toetsgemeente-" + uuid().substring(0, 8);
        String meldingId = uuid();
        String uiterlijk = klok.instant().plus(7, ChronoUnit.DAYS).toString().substring(0, 10);
        ObjectNode ontvangen = sample("melding-ontvangen.v1", gezinId);
        ontvangen.put("meldingId", meldingId).put("gemeente", gemeente);
        String regio = ontvangen.get("regio").asString();
        ObjectNode geopend = sample("triage-geopend.v1", gezinId);
        geopend.put("meldingId", meldingId).put("uiterlijkAfgerondOp", uiterlijk);
        send(KetenTopics.MELDING, event("melding-service", "melding.melding-ontvangen", gezinId, klok.instant(), null,
                null, JSON.writeValueAsString(ontvangen)));
        send(KetenTopics.TRIAGE, event("triage-service", "triage.triage-geopend", gezinId, klok.instant(), null,
                null, JSON.writeValueAsString(geopend)));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "TriageGeopend");
        Instant voorOverschrijding = klok.instant();

        ObjectNode overschreden = sample("triagetermijn-overschreden.v1", gezinId);
        overschreden.put("meldingId", meldingId).put("uiterlijkAfgerondOp", uiterlijk);
        KetenEvent overschrijding = event("triage-service", "triage.triagetermijn-overschreden", gezinId,
                klok.instant().plusMillis(1), null, null, JSON.writeValueAsString(overschreden));
        send(KetenTopics.TRIAGE, overschrijding);
        awaitTijdlijn(gezinId, "MeldingOntvangen", "TriageGeopend", "TriagetermijnOverschreden");

        JsonNode toen = json(get("/api/v1/gezinnen/" + gezinId + "/toetsing?bekendOp=" + voorOverschrijding));
        assertThat(criterium(toen, "TRIAGE_BINNEN_5_WERKDAGEN").get("uitkomst").asString())
                .isEqualTo("NIET_VAN_TOEPASSING");
        JsonNode nu = json(get("/api/v1/gezinnen/" + gezinId + "/toetsing"));
        assertThat(nu.get("gemeente").asString()).isEqualTo(gemeente);
        assertThat(nu.get("regio").asString()).isEqualTo(regio);
        assertThat(nu.get("nietVoldaan").asLong()).isEqualTo(1);
        JsonNode triage = criterium(nu, "TRIAGE_BINNEN_5_WERKDAGEN");
        assertThat(triage.get("uitkomst").asString()).isEqualTo("NIET_VOLDAAN");
        assertThat(triage.get("regel").asString()).isEqualTo("R1");
        assertThat(triage.findValuesAsString("eventId")).contains(overschrijding.id());

        JsonNode toestand = json(get("/api/v1/gezinnen/" + gezinId + "/toestand?bekendOp=" + voorOverschrijding));
        assertThat(toestand.get("lopendeTermijnen").get(0).get("soort").asString()).isEqualTo("TRIAGE");
        assertThat(toestand.get("lopendeTermijnen").get(0).get("uiterlijk").asString()).isEqualTo(uiterlijk);

        JsonNode overzicht = json(get("/api/v1/toetsingen?gemeente=" + gemeente));
        assertThat(overzicht.get("gezinnen").asInt()).isEqualTo(1);
        JsonNode perGemeente = overzicht.get("groepen").get(1);
        assertThat(perGemeente.get("gemeente").asString()).isEqualTo(gemeente);
        assertThat(perGemeente.get("criteria").get(0).get("criterium").asString())
                .isEqualTo("TRIAGE_BINNEN_5_WERKDAGEN");
        assertThat(perGemeente.get("criteria").get(0).get("nietVoldaan").asInt()).isEqualTo(1);

        HttpResponse<String> csv = HttpClient.newHttpClient().send(Testtokens.verzoek(
                        URI.create("http://localhost:" + port + "/api/v1/toetsingen?gemeente=" + gemeente))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> regels = csv.body().lines().toList();
        assertThat(regels.get(0)).isEqualTo(
                "gezinId,regio,gemeente,bekendOp,criterium,regel,uitkomst,aantal,toelichting,bewijs");
        assertThat(regels).hasSize(1 + Criterium.values().length);
        assertThat(regels.get(1)).startsWith(gezinId + "," + regio + "," + gemeente + ",")
                .contains(",TRIAGE_BINNEN_5_WERKDAGEN,R1,NIET_VOLDAAN,").contains(overschrijding.id());
    }

    @Test
    void r12_issue14_theBijlage1PlanChecksAreJudgedFromTheTopicsCountedPerGemeenteAndInTheCsv() throws Exception {
        // issue 14 point 13: a plan drawn up without a parent heard (HULPVRAAG_MET_OUDERS_EN_KINDEREN not met) after
        // the gezin declined a familiegroepsplan (FAMILIEGROEPSPLAN_AANGEBODEN met), as the wijkteam publishes them
        String gezinId = uuid();
        String zaakId = uuid();
        String gemeente = "Plangemeente-" + uuid().substring(0, 8);
        Instant t = klok.instant();
        ObjectNode ontvangen = sample("melding-ontvangen.v1", gezinId);
        ontvangen.put("meldingId", uuid()).put("gemeente", gemeente);
        String regio = ontvangen.get("regio").asString();
        send(KetenTopics.MELDING, event("melding-service", "melding.melding-ontvangen", gezinId, t, null, null,
                JSON.writeValueAsString(ontvangen)));
        ObjectNode geopend = sample("zaak-geopend.v1", gezinId);
        geopend.put("zaakId", zaakId).put("gemeente", gemeente);
        ObjectNode geaccepteerd = sample("overdracht-geaccepteerd.v1", gezinId);
        geaccepteerd.put("zaakId", zaakId);
        ObjectNode aanbod = sample("familiegroepsplan-aangeboden.v1", gezinId);
        aanbod.put("zaakId", zaakId).put("aangebodenOp", Moment.datum(t).toString());
        ObjectNode plan = sample("ondersteuningsplan-opgesteld.v1", gezinId);
        plan.put("zaakId", zaakId).put("opgesteldMet", "MET_GEZIN");
        String[][] stappen = {{"wijkteam.zaak-geopend", geopend.toString()},
                {"wijkteam.overdracht-geaccepteerd", geaccepteerd.toString()},
                {"wijkteam.familiegroepsplan-aangeboden", aanbod.toString()},
                {"wijkteam.ondersteuningsplan-opgesteld", plan.toString()}};
        for (int i = 0; i < stappen.length; i++) {
            send(KetenTopics.WIJKTEAM, event("wijkteam-service", stappen[i][0], gezinId, t.plusMillis(i + 1L), null,
                    null, stappen[i][1]));
        }
        awaitTijdlijn(gezinId, "MeldingOntvangen", "ZaakGeopend", "OverdrachtGeaccepteerd",
                "FamiliegroepsplanAangeboden", "OndersteuningsplanOpgesteld");

        JsonNode toetsing = json(get("/api/v1/gezinnen/" + gezinId + "/toetsing"));
        JsonNode hulpvraag = criterium(toetsing, "HULPVRAAG_MET_OUDERS_EN_KINDEREN");
        assertThat(hulpvraag.get("uitkomst").asString()).isEqualTo("NIET_VOLDAAN");
        assertThat(hulpvraag.get("regel").asString()).isEqualTo("R12");
        assertThat(hulpvraag.get("toelichting").asString()).contains("geen ouder vastgelegd");
        JsonNode familiegroepsplan = criterium(toetsing, "FAMILIEGROEPSPLAN_AANGEBODEN");
        assertThat(familiegroepsplan.get("uitkomst").asString()).isEqualTo("VOLDAAN");
        assertThat(familiegroepsplan.findValuesAsString("type"))
                .containsExactly("FamiliegroepsplanAangeboden", "OndersteuningsplanOpgesteld");

        JsonNode perGemeente = json(get("/api/v1/toetsingen?gemeente=" + gemeente)).get("groepen").get(1);
        assertThat(perGemeente.get("gemeente").asString()).isEqualTo(gemeente);
        assertThat(telling(perGemeente, "HULPVRAAG_MET_OUDERS_EN_KINDEREN").get("nietVoldaan").asInt()).isEqualTo(1);
        assertThat(telling(perGemeente, "FAMILIEGROEPSPLAN_AANGEBODEN").get("voldaan").asInt()).isEqualTo(1);
        assertThat(telling(perGemeente, "OPSCHALING_BIJ_UITBLIJVEND_RESULTAAT").get("nietVanToepassing").asInt())
                .isEqualTo(1);

        String csv = HttpClient.newHttpClient().send(Testtokens.verzoek(
                        URI.create("http://localhost:" + port + "/api/v1/toetsingen?gemeente=" + gemeente))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv.lines().filter(regel -> regel.startsWith(gezinId + "," + regio + "," + gemeente + ",")))
                .anySatisfy(regel -> assertThat(regel).contains(",HULPVRAAG_MET_OUDERS_EN_KINDEREN,R12,NIET_VOLDAAN,"))
                .anySatisfy(regel -> assertThat(regel).contains(",FAMILIEGROEPSPLAN_AANGEBODEN,R12,VOLDAAN,"))
                .anySatisfy(regel -> assertThat(regel).contains(",ACUUT_ONVEILIG_GEHANDELD,R2,NIET_VAN_TOEPASSING,"));
    }

    private static JsonNode telling(JsonNode groep, String criterium) {
        for (JsonNode telling : groep.get("criteria")) {
            if (criterium.equals(telling.get("criterium").asString())) {
                return telling;
            }
        }
        throw new AssertionError("no " + criterium + " in " + groep);
    }

    @Test
    void r19_anInvalidMomentIsRefusedNamingTheParameter() throws Exception {
        for (String pad : List.of("/api/v1/gezinnen/" + uuid() + "/toetsing?bekendOp=gisteren",
                "/api/v1/gezinnen/" + uuid() + "/toestand?bekendOp=gisteren", "/api/v1/toetsingen?bekendOp=gisteren")) {
            HttpResponse<String> response = get(pad);
            assertThat(response.statusCode()).as(pad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(json(response).get("invalidParams").get(0).get("name").asString()).isEqualTo("bekendOp");
        }
    }
}
