package nl.veiligthuis.keten.wijkteam.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.EventContract;
import nl.veiligthuis.keten.wijkteam.monitoring.Doelstand;
import nl.veiligthuis.keten.wijkteam.monitoring.MonitoringcontactBeantwoord;
import nl.veiligthuis.keten.wijkteam.monitoring.StandVanDoel;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The published payload records and the documented samples match docs/events/schemas, without a broker. */
class PayloadContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSamplesMatchTheirSchemas() {
        for (String event : new String[] {"zaak-geopend.v1", "overdracht-geaccepteerd.v1", "zaak-teruggemeld.v1",
                "regisseur-toegewezen.v1", "monitoringcontact-beantwoord.v1"}) {
            EventContract.assertValid(event, EventContract.sample(event).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void thePayloadRecordsMatchTheirSchemas() {
        var actor = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        EventContract.assertValid("zaak-geopend.v1", JSON.writeValueAsBytes(new ZaakGeopendV1(id(), id(), id(), id(),
                "Vlaardingen", "NA_TRIAGE", Instant.now(), Actor.wijkteam("WIJKTEAM", "Vlaardingen"))));
        EventContract.assertValid("overdracht-geaccepteerd.v1",
                JSON.writeValueAsBytes(new OverdrachtGeaccepteerdV1(id(), id(), id(), Instant.now(), actor)));
        assertThat(actor.organisatie()).isEqualTo("Wijkteam Vlaardingen");
    }

    @Test
    void r9_r16_everyRedenTerugmeldingIsPublishedAsAValidZaakTeruggemeld() throws IOException {
        // R9/R16: the reden is the only thing about a return that goes on the topic; every value must fit the schema
        for (RedenTerugmelding reden : RedenTerugmelding.values()) {
            EventContract.assertValid("zaak-teruggemeld.v1", JSON.writeValueAsBytes(new ZaakTeruggemeldV1(id(), id(),
                    id(), id(), "NA_ONDERZOEK", reden.name(), Instant.now(),
                    Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen"))));
        }
        var schema = EventContract.eventsDirectory().resolve("schemas/zaak-teruggemeld.v1.schema.json");
        var schemaRedenen = new ArrayList<String>();
        JSON.readTree(Files.readString(schema)).at("/properties/reden/enum")
                .forEach(reden -> schemaRedenen.add(reden.asString()));
        assertThat(schemaRedenen).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RedenTerugmelding.values()).map(Enum::name).toList());
    }

    @Test
    void r10_aFirstRegisseurAndAChangeArePublishedAsAValidRegisseurToegewezen() {
        // R10: the payload says whether the regie changed hands, by role and organisation only (D4)
        for (boolean wissel : new boolean[] {false, true}) {
            byte[] payload = JSON.writeValueAsBytes(new RegisseurToegewezenV1(id(), id(), Instant.now(), wissel,
                    new Actor("CASUSREGISSEUR", "Minters")));
            EventContract.assertValid("regisseur-toegewezen.v1", payload);
            assertThat(JSON.readTree(payload).get("wissel").asBoolean()).isEqualTo(wissel);
        }
    }

    @Test
    void r14_anAnswerToMonitoringIsPublishedAsCountsPerStandWithoutTheGoals() {
        // R14 and D4: VT reads how far the agreed goals are; the goals, toelichting and medewerker stay here
        var doelen = List.of(new StandVanDoel("Vader volgt de agressieregulatietraining", Doelstand.IN_UITVOERING,
                        "Vier van acht"),
                new StandVanDoel("De kinderen gaan weer naar school", Doelstand.BEHAALD, null),
                new StandVanDoel("Moeder heeft een eigen netwerk", Doelstand.IN_UITVOERING, null));
        var beantwoord = new MonitoringcontactBeantwoord(id(), id(), "Vlaardingen", id(), id(), doelen,
                "Gezin werkt goed mee", new Medewerker("Fatima el Amrani", "010-2345678"), Instant.now());
        Map<String, Integer> standen = WijkteamEventPublisher.standen(beantwoord);
        assertThat(standen).containsExactly(entry("BEHAALD", 1), entry("IN_UITVOERING", 2),
                entry("NIET_BEHAALD", 0), entry("NIET_GESTART", 0));
        byte[] payload = JSON.writeValueAsBytes(new MonitoringcontactBeantwoordV1(beantwoord.zaakId(),
                beantwoord.gezinId(), beantwoord.monitoringId(), beantwoord.contactId(), doelen.size(), standen,
                beantwoord.beantwoordOp(), Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen")));
        EventContract.assertValid("monitoringcontact-beantwoord.v1", payload);
        assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("Vader", "school", "Fatima",
                "010-", "mee");
    }

    @Test
    void r14_monitoringSamplesAreReadAsStartAndContact() {
        var gestart = JSON.readValue(EventContract.sample("monitoring-gestart.v1"), MonitoringGestartV1.class);
        assertThat(gestart.compleet()).isTrue();
        var contact = JSON.readValue(EventContract.sample("monitoring-contact-vastgelegd.v1"),
                MonitoringContactVastgelegdV1.class);
        assertThat(contact.compleet()).isTrue();
        assertThat(contact.contactId()).isNotBlank();
        assertThat(contact.aantalDoelenBesproken()).isPositive();
    }

    @Test
    void theTriageSampleIsReadAsAnOverdracht() {
        var overdracht = JSON.readValue(EventContract.sample("overdracht-gedaan.v1"), OverdrachtGedaanV1.class);
        assertThat(overdracht.compleet()).isTrue();
        assertThat(overdracht.route()).isIn("NA_TRIAGE", "NA_ONDERZOEK");
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
