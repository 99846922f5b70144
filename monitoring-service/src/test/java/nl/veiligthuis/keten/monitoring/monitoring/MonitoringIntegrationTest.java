package nl.veiligthuis.keten.monitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.StreamSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.embedded.DevToken;
import nl.veiligthuis.keten.monitoring.MonitoringIntegratieBasis;
import nl.veiligthuis.keten.platform.messaging.CloudEventsKafkaCodec;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;
import nl.veiligthuis.keten.platform.messaging.KetenTopics;
import nl.veiligthuis.keten.platform.projectie.Tabeldekking;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.testinfra.Testtokens;
import nl.veiligthuis.keten.testinfra.Toegangsmatrix;
import nl.veiligthuis.keten.testinfra.OpenApiVoorbeelden;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** VT monitoring after a handover (R14) on the running service: real PostgreSQL and Kafka, real CloudEvents. */
// moves the clock: after the classes that share the context (junit-platform.properties)
@Order(Order.DEFAULT + 1)
class MonitoringIntegrationTest extends MonitoringIntegratieBasis {

    @Test
    void aHandoverAfterOnderzoekStartsMonitoringThatExpiresWithoutContact() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        Instant voorAanvang = klok.instant().minusSeconds(1);
        Instant overdrachtGedaanOp = klok.instant().minus(Duration.ofDays(1));
        // the melding's clock runs ahead of triage's: its tijdstip is later than the handover it led to
        KetenEvent melding = meldingOntvangen(gezinId, overdrachtGedaanOp.plusSeconds(300));
        KetenEvent overdracht = overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK", overdrachtGedaanOp,
                melding.id());
        send(KetenTopics.TRIAGE, overdracht);
        send(KetenTopics.MELDING, melding);

        // R19: every step in causal order, the monitoring's own event included (own topic round-trip)
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart");
        JsonNode tijdlijn = tijdlijn(gezinId);
        JsonNode gestart = tijdlijn.get("gebeurtenissen").get(2);
        assertThat(gestart.get("causationId").asString()).isEqualTo(overdracht.id());
        assertThat(gestart.get("bron").asString()).isEqualTo("monitoring-service");
        assertThat(gestart.get("actor").get("rol").asString()).isEqualTo("VT_MONITORING");
        assertThat(tijdlijn.get("gebeurtenissen").get(1).get("samenvatting").asString())
                .isEqualTo("Overdracht gedaan in gemeente Vlaardingen (route NA_ONDERZOEK)");
        // the actor is taken from the payload: the melder by kind, never a name
        assertThat(tijdlijn.get("gebeurtenissen").get(0).get("actor").get("rol").asString()).isEqualTo("MELDER_POLITIE");
        assertThat(tijdlijn.get("gebeurtenissen").get(0).get("actor").get("organisatie").asString()).isEqualTo("Politie");
        // R19: the timeline as it was known before anything arrived
        assertThat(json(get("/api/v1/gezinnen/" + gezinId + "/tijdlijn?bekendOp=" + voorAanvang))
                .get("gebeurtenissen")).isEmpty();

        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        // the overview is another processor than the one that publishes to the timeline: it may come second
        JsonNode monitoringen = await().atMost(MAX).until(
                () -> json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen"),
                lijst -> !lijst.isEmpty());
        assertThat(monitoringen).hasSize(1);
        assertThat(monitoringen.get(0).get("monitoringId").asString()).isEqualTo(monitoringId);
        assertThat(monitoringen.get(0).get("status").asString()).isEqualTo("LOPEND");

        // a redelivered record changes nothing; an event of an unknown type still gets an entry
        send(KetenTopics.TRIAGE, overdracht);
        send(KetenTopics.TRIAGE, onbekend(gezinId));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "IetsNieuws");
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen")).hasSize(1);
        // R19: the redelivery did not extend the hash chain
        assertThat(verificatie(gezinId).get("aantal").asLong()).isEqualTo(4);
        assertThat(verificatie(gezinId).get("intact").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, monitoringId)).isEqualTo(1);

        // R14: three months without contact
        klok.verschuif(Duration.ofDays(93));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "IetsNieuws",
                "MonitoringVerlopen");
        // the overview is another processor than the publisher: it may come second
        await().atMost(MAX).until(() -> "VERLOPEN".equals(
                json(get("/api/v1/monitoringen/" + monitoringId)).get("status").asString()));
        ConsumerRecord<String, byte[]> verlopen = awaitRecord(gezinId, "monitoring-verlopen");
        EventContract.assertValid("monitoring-verlopen.v1", verlopen.value());
        KetenEvent event = CloudEventsKafkaCodec.decode(verlopen);
        assertThat(event.dataref().getPath()).isEqualTo("/api/v1/monitoringen/" + monitoringId);
        assertThat(event.source()).hasToString("urn:nl-veilig-thuis:keten:monitoring-service");
        EventContract.assertValid("monitoring-gestart.v1", awaitRecord(gezinId, "monitoring-gestart").value());
    }

    @Test
    void aContactInTimeCompletesTheMonitoringAndKeepsTheGoalsInThisService() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        Instant overdrachtGedaanOp = klok.instant().minus(Duration.ofDays(2));
        meldingVooraf(gezinId, overdrachtGedaanOp);
        // only a handover after onderzoek is monitored by Veilig Thuis (R14)
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, uuid(), "NA_TRIAGE", overdrachtGedaanOp, null));
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK", overdrachtGedaanOp, null));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId)).get("monitoringen")).hasSize(1);

        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [1, 2], "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(response.statusCode()).isEqualTo(201);

        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "OverdrachtGedaan", "MonitoringGestart",
                "MonitoringContactVastgelegd", "MonitoringAfgerond");
        JsonNode monitoring = json(get("/api/v1/monitoringen/" + monitoringId));
        assertThat(monitoring.get("status").asString()).isEqualTo("AFGEROND");
        assertThat(monitoring.get("contacten").get(0).get("besprokenDoelen")).hasSize(2);

        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        // D4: names stay in this service
        assertThat(new String(contact.value(), StandardCharsets.UTF_8)).doesNotContain("Annemiek", "Vries");
        EventContract.assertValid("monitoring-afgerond.v1", awaitRecord(gezinId, "monitoring-afgerond").value());
    }

    @Test
    void r14_theWijkteamsAnswerToAContactShowsInTheOverviewAndOnTheTimeline() throws Exception {
        String gezinId = uuid();
        String monitoringId = monitoringNaOnderzoek(gezinId, Duration.ofDays(3));
        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [1, 2], "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(response.statusCode()).isEqualTo(201);
        String contactId = json(response).get("contactId").asString();

        // the wijkteam answers the contact by its id, which the published contact now carries
        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        assertThat(JSON.readTree(contact.value()).get("contactId").asString()).isEqualTo(contactId);

        // after the monitoring was completed by the contact; the store keeps microseconds
        Instant beantwoordOp = klok.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        KetenEvent antwoord = antwoordWijkteam(gezinId, monitoringId, contactId, beantwoordOp,
                CloudEventsKafkaCodec.decode(contact).id());
        send(KetenTopics.WIJKTEAM, antwoord);
        await().atMost(MAX).until(() -> !json(get("/api/v1/monitoringen/" + monitoringId))
                .at("/contacten/0/antwoordWijkteam").isNull());
        JsonNode beantwoord = json(get("/api/v1/monitoringen/" + monitoringId)).at("/contacten/0/antwoordWijkteam");
        assertThat(Instant.parse(beantwoord.get("beantwoordOp").asString())).isEqualTo(beantwoordOp);
        assertThat(beantwoord.at("/standen/BEHAALD").asInt()).isEqualTo(1);
        assertThat(beantwoord.at("/standen/IN_UITVOERING").asInt()).isEqualTo(1);
        assertThat(json(get("/api/v1/monitoringen?gezinId=" + gezinId))
                .at("/monitoringen/0/contacten/0/antwoordWijkteam/beantwoordOp").isNull()).isFalse();

        // R19: the answer is on the gezin's timeline as counts, after the contact it answers
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond", "MonitoringcontactBeantwoord");
        JsonNode opTijdlijn = tijdlijn(gezinId).get("gebeurtenissen").get(5);
        assertThat(opTijdlijn.get("samenvatting").asString())
                .isEqualTo("Monitoringcontact van VT beantwoord door wijkteam; 2 doel(en): 1 BEHAALD, 1 IN_UITVOERING");
        assertThat(opTijdlijn.get("bron").asString()).isEqualTo("wijkteam-service");

        // a redelivery, a republication under a new id and an answer to an unknown monitoring change no monitoring
        send(KetenTopics.WIJKTEAM, antwoord);
        send(KetenTopics.WIJKTEAM, antwoordWijkteam(gezinId, monitoringId, contactId, beantwoordOp, null));
        send(KetenTopics.WIJKTEAM, antwoordWijkteam(gezinId, uuid(), contactId, beantwoordOp, null));
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond", "MonitoringcontactBeantwoord", "MonitoringcontactBeantwoord",
                "MonitoringcontactBeantwoord");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, monitoringId)).isEqualTo(4);
    }

    @Test
    void r14_contactsAreOnTheAgreedGoalsByNumberAndTheOverviewShowsWhenEachWasLastDiscussed() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        meldingVooraf(gezinId, klok.instant().minus(Duration.ofDays(5)));
        // the rapportage agreed three goals of support; the handover says how many (R14)
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK",
                klok.instant().minus(Duration.ofDays(5)), null, 3));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        JsonNode gestart = json(get("/api/v1/monitoringen/" + monitoringId));
        assertThat(gestart.get("aantalAfgesprokenDoelen").asInt()).isEqualTo(3);
        assertThat(gestart.get("doelen")).hasSize(3);
        assertThat(gestart.at("/doelen/0/besproken").asBoolean()).isFalse();

        // R14: a number the handover did not agree is refused by its number, nothing recorded
        var onbekendDoel = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [2, 4], "medewerker": {"naam": "Annemiek de Vries"}}""");
        assertThat(onbekendDoel.statusCode()).isEqualTo(409);
        assertThat(json(onbekendDoel).get("regel").asString()).isEqualTo("R14");
        assertThat(json(onbekendDoel).get("detail").asString()).contains("doel 4");

        // after the start, so the timeline shows them in that order; the store keeps microseconds
        Instant contactOp = klok.instant().truncatedTo(ChronoUnit.MILLIS);
        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"contactOp": "%s", "besprokenDoelen": [3, 1], "medewerker": {"naam": "Annemiek de Vries"}}"""
                .formatted(contactOp));
        assertThat(response.statusCode()).isEqualTo(201);

        ConsumerRecord<String, byte[]> contact = awaitRecord(gezinId, "monitoring-contact-vastgelegd");
        EventContract.assertValid("monitoring-contact-vastgelegd.v1", contact.value());
        JsonNode payload = JSON.readTree(contact.value());
        assertThat(payload.get("aantalDoelenBesproken").asInt()).isEqualTo(2);
        assertThat(payload.get("besprokenDoelen").toString()).isEqualTo("[1,3]");
        assertThat(payload.get("alleDoelenBesproken").asBoolean()).isFalse();
        assertThat(payload.get("aantalAfgesprokenDoelen").asInt()).isEqualTo(3);
        assertThat(new String(contact.value(), StandardCharsets.UTF_8)).doesNotContain("Annemiek");

        // per agreed goal whether and when it was last discussed, in the overview and in the gezin's list
        await().atMost(MAX).until(() -> json(get("/api/v1/monitoringen/" + monitoringId)).at("/doelen/0/besproken")
                .asBoolean());
        for (JsonNode monitoring : List.of(json(get("/api/v1/monitoringen/" + monitoringId)),
                json(get("/api/v1/monitoringen?gezinId=" + gezinId)).at("/monitoringen/0"))) {
            JsonNode doelen = monitoring.get("doelen");
            assertThat(doelen).hasSize(3);
            assertThat(Instant.parse(doelen.get(0).get("laatstBesprokenOp").asString())).isEqualTo(contactOp);
            assertThat(doelen.get(1).get("besproken").asBoolean()).isFalse();
            assertThat(doelen.get(1).get("laatstBesprokenOp").isNull()).isTrue();
            assertThat(doelen.get(2).get("nummer").asInt()).isEqualTo(3);
            assertThat(Instant.parse(doelen.get(2).get("laatstBesprokenOp").asString())).isEqualTo(contactOp);
            assertThat(monitoring.at("/contacten/0/besprokenDoelen").toString()).isEqualTo("[1,3]");
            assertThat(monitoring.at("/contacten/0/alleDoelenBesproken").asBoolean()).isFalse();
        }

        // R19: the timeline says how many of the agreed goals were discussed
        awaitTijdlijn(gezinId, "MeldingOntvangen", "OverdrachtGedaan", "MonitoringGestart", "MonitoringContactVastgelegd",
                "MonitoringAfgerond");
        JsonNode gebeurtenissen = tijdlijn(gezinId).get("gebeurtenissen");
        assertThat(gebeurtenissen.get(2).get("samenvatting").asString()).endsWith("; 3 afgesproken doel(en)");
        assertThat(gebeurtenissen.get(3).get("samenvatting").asString())
                .isEqualTo("Contact in VT monitoring vastgelegd; 2 van 3 afgesproken doelen besproken");
    }

    @Test
    void r14_issue14_aRegiosWorklistShowsLapsedMonitoringAndContactsTheWijkteamLeftUnanswered() throws Exception {
        // a monitoring whose term passed long ago without contact: MonitoringVerlopen at once
        String verlopenGezin = uuid();
        String verlopen = monitoringNaOnderzoek(verlopenGezin, Duration.ofDays(100));
        await().atMost(MAX).until(() -> "VERLOPEN".equals(json(get("/api/v1/monitoringen/" + verlopen))
                .get("status").asString()));
        // a contact three weeks ago the wijkteam never answered, and one it answered
        String stilGezin = uuid();
        String stil = monitoringNaOnderzoek(stilGezin, Duration.ofDays(30));
        String onbeantwoord = contact(stil, klok.instant().minus(Duration.ofDays(21)));
        String beantwoordGezin = uuid();
        String beantwoordMonitoring = monitoringNaOnderzoek(beantwoordGezin, Duration.ofDays(30));
        String beantwoord = contact(beantwoordMonitoring, klok.instant().minus(Duration.ofDays(21)));
        await().atMost(MAX).until(() -> json(get("/api/v1/monitoringen/" + beantwoordMonitoring)).get("contacten")
                .size() == 1);
        send(KetenTopics.WIJKTEAM, antwoordWijkteam(beantwoordGezin, beantwoordMonitoring, beantwoord,
                klok.instant().minus(Duration.ofDays(20)), null));
        await().atMost(MAX).until(() -> !json(get("/api/v1/monitoringen/" + beantwoordMonitoring))
                .at("/contacten/0/antwoordWijkteam").isNull());
        // and a contact of yesterday: still within the wijkteam's answer term
        String recent = contact(monitoringNaOnderzoek(uuid(), Duration.ofDays(30)),
                klok.instant().minus(Duration.ofDays(1)));

        // the regio's Veilig Thuis medewerker sees its own regio
        JsonNode werkvoorraad = json(get("/api/v1/monitoringen/werkvoorraad", Testtokens.vtMedewerker()));
        assertThat(werkvoorraad.get("regio").asString()).isEqualTo("Veilig Thuis Rotterdam Rijnmond");
        assertThat(werkvoorraad.get("verlopen").findValuesAsString("monitoringId")).contains(verlopen)
                .doesNotContain(stil, beantwoordMonitoring);
        assertThat(werkvoorraad.get("onbeantwoord").findValuesAsString("contactId")).contains(onbeantwoord)
                .doesNotContain(beantwoord, recent);
        JsonNode stilContact = StreamSupport.stream(werkvoorraad.get("onbeantwoord").spliterator(), false)
                .filter(rij -> onbeantwoord.equals(rij.get("contactId").asString())).findFirst().orElseThrow();
        assertThat(stilContact.get("gezinId").asString()).isEqualTo(stilGezin);
        assertThat(stilContact.get("dagenOnbeantwoord").asLong()).isEqualTo(21);
        // D4: ids and moments only
        assertThat(werkvoorraad.toString()).doesNotContain("Annemiek");
        // and as a metric per regio, the same counts (issue 14 point 8)
        int verlopenAantal = werkvoorraad.get("verlopen").size();
        int onbeantwoordAantal = werkvoorraad.get("onbeantwoord").size();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/prometheus", Testtokens.beheerder()).body(),
                metrics -> metrics.contains("keten_monitoring_werkvoorraad{regio=\"Veilig Thuis Rotterdam Rijnmond\","
                        + "soort=\"verlopen\"} " + verlopenAantal + ".0")
                        && metrics.contains("keten_monitoring_werkvoorraad{regio=\"Veilig Thuis Rotterdam Rijnmond\","
                        + "soort=\"onbeantwoord\"} " + onbeantwoordAantal + ".0"));

        // the inspecteur names the regio; another regio's medewerker does not read this one
        assertThat(json(get("/api/v1/monitoringen/werkvoorraad?regio=Veilig%20Thuis%20Rotterdam%20Rijnmond",
                Testtokens.inspecteur())).get("verlopen").findValuesAsString("monitoringId")).contains(verlopen);
        assertThat(json(get("/api/v1/monitoringen/werkvoorraad?regio=Veilig%20Thuis%20Utrecht",
                Testtokens.inspecteur())).toString()).doesNotContain(verlopen, onbeantwoord);
        var zonderRegio = get("/api/v1/monitoringen/werkvoorraad", Testtokens.inspecteur());
        assertThat(zonderRegio.statusCode()).isEqualTo(400);
        assertThat(zonderRegio.body()).contains("regio");
        // outside the werkgebied, as every other object of another regio
        assertThat(get("/api/v1/monitoringen/werkvoorraad?regio=Veilig%20Thuis%20Utrecht", Testtokens.vtMedewerker())
                .statusCode()).isEqualTo(404);
        assertThat(json(get("/api/v1/monitoringen/werkvoorraad?regio=veilig%20thuis%20rotterdam%20rijnmond",
                Testtokens.vtMedewerker())).get("verlopen").findValuesAsString("monitoringId")).contains(verlopen);

        // the late first contact takes the lapsed monitoring off the list, and is itself on it until answered
        contact(verlopen, klok.instant().minus(Duration.ofDays(16)));
        JsonNode daarna = await().atMost(MAX).until(
                () -> json(get("/api/v1/monitoringen/werkvoorraad", Testtokens.vtMedewerker())),
                lijst -> !lijst.get("verlopen").findValuesAsString("monitoringId").contains(verlopen));
        assertThat(daarna.get("onbeantwoord").findValuesAsString("monitoringId")).contains(verlopen);
    }

    @Test
    void r14_issue14_aMedewerkerTakesALapseOnAndTheWorklistAndTheTimelineSayItPersonally() throws Exception {
        // issue 14 point 8: "so a lapse reaches a person"
        String gezinId = uuid();
        String verlopen = monitoringNaOnderzoek(gezinId, Duration.ofDays(100));
        await().atMost(MAX).until(() -> "VERLOPEN".equals(json(get("/api/v1/monitoringen/" + verlopen))
                .get("status").asString()));
        String pad = "/api/v1/monitoringen/" + verlopen + "/oppakken";

        // bad input names the field; what is not on the worklist is the rule's; nothing changes
        var zonderMedewerker = post(pad, "{}");
        assertThat(zonderMedewerker.statusCode()).isEqualTo(400);
        assertThat(zonderMedewerker.body()).contains("medewerker");
        var geenContact = post(pad, """
                {"contactId": "%s", "medewerker": {"naam": "Karin de Boer"}}""".formatted(uuid()));
        assertThat(geenContact.statusCode()).isEqualTo(409);
        assertThat(json(geenContact).get("regel").asString()).isEqualTo("R14");
        String lopend = monitoringNaOnderzoek(uuid(), Duration.ofDays(1));
        assertThat(post("/api/v1/monitoringen/" + lopend + "/oppakken", """
                {"medewerker": {"naam": "Karin de Boer"}}""").statusCode()).isEqualTo(409);

        var opgepakt = post(pad, """
                {"medewerker": {"naam": "Karin de Boer"}}""");
        assertThat(opgepakt.statusCode()).as(opgepakt.body()).isEqualTo(200);
        JsonNode rij = await().atMost(MAX).until(() -> StreamSupport.stream(json(get("/api/v1/monitoringen/werkvoorraad",
                        Testtokens.vtMedewerker())).get("verlopen").spliterator(), false)
                .filter(item -> verlopen.equals(item.get("monitoringId").asString())).findFirst().orElseThrow(),
                item -> item.get("opgepaktDoor").isString());
        assertThat(rij.get("opgepaktDoor").asString()).isEqualTo("Karin de Boer");
        assertThat(rij.get("opgepaktOp").isNull()).isFalse();
        // a colleague takes it over only knowingly, and hears from whom
        var collega = Toegangsmatrix.als(port, DevToken.voor("Veilig Thuis Rotterdam Rijnmond",
                "VEILIG_THUIS_MEDEWERKER", "test-vt-joost"), "POST", pad, """
                {"medewerker": {"naam": "Joost Smit"}}""");
        assertThat(collega.statusCode()).isEqualTo(409);
        assertThat(collega.body()).contains("Karin de Boer");
        var overgenomen = Toegangsmatrix.als(port, DevToken.voor("Veilig Thuis Rotterdam Rijnmond",
                "VEILIG_THUIS_MEDEWERKER", "test-vt-joost"), "POST", pad, """
                {"medewerker": {"naam": "Joost Smit"}, "overnemen": true}""");
        assertThat(overgenomen.statusCode()).as(overgenomen.body()).isEqualTo(200);
        assertThat(json(overgenomen).get("eerderOpgepaktDoor").asString()).isEqualTo("Karin de Boer");
        // the inspecteur sees that and when it was taken on, not by whom
        JsonNode voorInspectie = StreamSupport.stream(json(get(
                        "/api/v1/monitoringen/werkvoorraad?regio=Veilig%20Thuis%20Rotterdam%20Rijnmond",
                        Testtokens.inspecteur())).get("verlopen").spliterator(), false)
                .filter(item -> verlopen.equals(item.get("monitoringId").asString())).findFirst().orElseThrow();
        assertThat(voorInspectie.get("opgepaktDoor").isNull()).isTrue();
        assertThat(voorInspectie.get("opgepaktOp").isNull()).isFalse();
        // the name is encrypted in the read model and on the timeline the act is by role (D4)
        assertThat(jdbc.queryForObject("SELECT opgepakt_door FROM monitoring_overzicht WHERE monitoring_id = ?",
                String.class, verlopen)).doesNotContain("Karin");
        await().atMost(MAX).until(() -> tijdlijn(gezinId).toString().contains("MonitoringWerkOpgepakt"));
        assertThat(tijdlijn(gezinId).toString()).contains("Verlopen VT monitoring opgepakt door een medewerker")
                .doesNotContain("Karin");

        // the metric counts what nobody took on, as the worklist shows it
        JsonNode lijst = json(get("/api/v1/monitoringen/werkvoorraad", Testtokens.vtMedewerker()));
        long nietOpgepakt = StreamSupport.stream(lijst.get("verlopen").spliterator(), false)
                .filter(item -> item.get("opgepaktDoor").isNull()).count()
                + StreamSupport.stream(lijst.get("onbeantwoord").spliterator(), false)
                .filter(item -> item.get("opgepaktDoor").isNull()).count();
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/prometheus", Testtokens.beheerder()).body(),
                metrics -> metrics.contains("keten_monitoring_werkvoorraad{regio=\"Veilig Thuis Rotterdam Rijnmond\","
                        + "soort=\"niet_opgepakt\"} " + nietOpgepakt + ".0"));
    }

    /** A VT contact on the monitoring at {@code op}, recorded by REST; its contactId. */
    private String contact(String monitoringId, Instant op) throws Exception {
        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"contactOp": "%s", "besprokenDoelen": [1], "medewerker": {"naam": "Annemiek de Vries"}}"""
                .formatted(op));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("contactId").asString();
    }

    @Test
    void anInvalidContactIsRefusedNamingEveryField() throws Exception {
        // on a monitoring of Veilig Thuis's own gezin: an unknown one is a 404 before its body is read (issue 13)
        String monitoringId = monitoringNaOnderzoek(uuid(), Duration.ofDays(1));
        var response = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [], "medewerker": {"naam": ""}}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> velden = new ArrayList<>();
        json(response).get("invalidParams").forEach(p -> velden.add(p.get("name").asString()));
        assertThat(velden).containsExactlyInAnyOrder("besprokenDoelen", "medewerker.naam");

        // R14: a goal is named by a positive number
        var zonderMedewerker = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [0]}""");
        assertThat(zonderMedewerker.statusCode()).isEqualTo(400);
        assertThat(zonderMedewerker.body()).contains("besprokenDoelen[0]", "medewerker");
        assertThat(post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": ["het eerste"], "medewerker": {"naam": "X"}}""").statusCode()).isEqualTo(400);

        var toekomst = post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"contactOp": "2999-01-01T00:00:00Z", "besprokenDoelen": [1],
                 "medewerker": {"naam": "X"}}""");
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("contactOp");

        var zonderGezin = get("/api/v1/monitoringen");
        assertThat(zonderGezin.statusCode()).isEqualTo(400);
        assertThat(zonderGezin.body()).contains("gezinId");
        assertThat(get("/api/v1/gezinnen/" + uuid() + "/tijdlijn?bekendOp=gisteren").statusCode()).isEqualTo(400);

        var onbekend = post("/api/v1/monitoringen/" + uuid() + "/contacten", """
                {"besprokenDoelen": [1], "medewerker": {"naam": "X"}}""");
        assertThat(onbekend.statusCode()).isEqualTo(404);
    }

    @Test
    void r19_theMonitoringOverviewRebuiltFromTheEventStoreIsTheOneBefore() throws Exception {
        String gezinId = uuid();
        String overdrachtId = uuid();
        meldingVooraf(gezinId, klok.instant().minus(Duration.ofDays(5)));
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK",
                klok.instant().minus(Duration.ofDays(5)), null, 2));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        assertThat(post("/api/v1/monitoringen/" + monitoringId + "/contacten", """
                {"besprokenDoelen": [2], "medewerker": {"naam": "Annemiek de Vries"}}""").statusCode()).isEqualTo(201);
        await().atMost(MAX).until(() -> json(get("/api/v1/monitoringen/" + monitoringId)).at("/doelen/1/besproken")
                .asBoolean());
        String voor = json(get("/api/v1/monitoringen/" + monitoringId)).toString();

        var gestart = post("/api/v1/beheer/projecties/monitoring-overzicht/herbouw", "");
        assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
        String herbouw = "/api/v1/beheer/projecties/monitoring-overzicht/herbouw/"
                + json(gestart).get("herbouwId").asString();
        JsonNode klaar = await().atMost(MAX).until(() -> json(get(herbouw)),
                stand -> !"LOOPT".equals(stand.get("status").asString()));
        assertThat(klaar.get("status").asString()).isEqualTo("KLAAR");
        assertThat(klaar.at("/vergelijking/gelijk").asBoolean()).as(klaar.toString()).isTrue();
        assertThat(json(get("/api/v1/monitoringen/" + monitoringId)).toString()).isEqualTo(voor);
        // the publisher replays nothing: its events would reach Kafka a second time
        assertThat(post("/api/v1/beheer/projecties/kafka-publisher/herbouw", "").statusCode()).isEqualTo(404);
    }

    @Test
    void everyEndpointIsDescribedWithExamples() throws Exception {
        JsonNode openApi = json(get("/api/v1/openapi.json"));
        assertThat(openApi.path("paths").propertyNames())
                .contains("/api/v1/gezinnen/{gezinId}/tijdlijn", "/api/v1/gezinnen/{gezinId}/tijdlijn/verificatie",
                        "/api/v1/beheer/tijdlijn/herbouw", "/api/v1/beheer/tijdlijn/herbouw/{herbouwId}",
                        "/api/v1/gezinnen/{gezinId}/toetsing", "/api/v1/gezinnen/{gezinId}/toestand",
                        "/api/v1/toetsingen",
                        "/api/v1/betrokkenheden", "/api/v1/betrokkenheden/{betrokkenheidId}",
                        "/api/v1/betrokkenheden/matches", "/api/v1/gezinnen/{gezinId}/betrokkenheid");
        assertThat(OpenApiVoorbeelden.ontbrekend(openApi)).isEmpty();
        // ADR 0003: the bearer scheme; the caller is no parameter
        JsonNode schema = openApi.at("/components/securitySchemes/bearer-jwt");
        assertThat(schema.get("type").asString()).isEqualTo("http");
        assertThat(schema.get("scheme").asString()).isEqualTo("bearer");
        assertThat(schema.get("bearerFormat").asString()).isEqualTo("JWT");
        JsonNode vanGezin = openApi.at("/paths/~1api~1v1~1gezinnen~1{gezinId}~1betrokkenheid/get");
        assertThat(vanGezin.at("/security/0").has("bearer-jwt")).isTrue();
        assertThat(vanGezin.at("/responses/401").isMissingNode()).isFalse();
        assertThat(openApi.at("/paths/~1api~1v1~1betrokkenheden/post/security/0").has("bearer-jwt")).isTrue();
        // issue 13: every operation needs the token, and says who it admits
        JsonNode tijdlijn = openApi.at("/paths/~1api~1v1~1gezinnen~1{gezinId}~1tijdlijn/get");
        assertThat(tijdlijn.at("/security/0").has("bearer-jwt")).isTrue();
        assertThat(tijdlijn.at("/x-toegang/rollen").toString()).contains("INSPECTEUR", "VEILIG_THUIS_MEDEWERKER");
        assertThat(tijdlijn.at("/responses/403").isMissingNode()).isFalse();
        vanGezin.path("parameters").forEach(p -> assertThat(p.get("name").asString()).isEqualTo("gezinId"));
    }

    /** Issue 12 point 2: a table no digest names would be refilled by a herbouw without being compared. */
    @Test
    void r19_everyTableOfTheSchemaIsInADigestOrExcludedWithAReason() {
        Map<String, String> uitgezonderd = Map.ofEntries(
                Map.entry("tijdlijn_gebeurtenis", "the timeline, written by the Kafka consumer; its own herbouw replays Kafka (TijdlijnHerbouw)"),
                Map.entry("tijdlijn_hashketen", "the timeline's hash chain, written with each entry"),
                Map.entry("gezinskoppeling", "written by the Kafka consumer with the timeline"),
                Map.entry("ketenbetrokkenheid", "written by the Kafka consumer with the timeline (R18)"),
                Map.entry("betrokkenheid_registratie", "registrations by other organisations over REST (R18): source data, not a projection"),
                Map.entry("tijdlijn_herbouw", "the timeline herbouw's shadow table"),
                Map.entry("tijdlijn_herbouw_eind", "the timeline herbouw's own state"),
                Map.entry("tijdlijn_herbouw_run", "the timeline herbouw's own state"));
        assertThat(Tabeldekking.onbedekt(jdbc, digests, uitgezonderd)).isEmpty();
        assertThat(Tabeldekking.verouderd(jdbc, uitgezonderd)).isEmpty();
    }

    /**
     * A gezin's melding (Veilig Thuis of the test token's regio involved) and its handover after onderzoek {@code geleden}
     * ago; the monitoring that starts, once it can be read.
     */
    private String monitoringNaOnderzoek(String gezinId, Duration geleden) throws Exception {
        String overdrachtId = uuid();
        meldingVooraf(gezinId, klok.instant().minus(geleden));
        send(KetenTopics.TRIAGE, overdrachtGedaan(gezinId, overdrachtId, "NA_ONDERZOEK", klok.instant().minus(geleden),
                null));
        String monitoringId = MonitoringStarter.monitoringId(overdrachtId);
        await().atMost(MAX).until(() -> get("/api/v1/monitoringen/" + monitoringId).statusCode() == 200);
        return monitoringId;
    }
}
