package nl.veiligthuis.keten.wijkteam.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.EventContract;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.intake.RedenNietGesproken;
import nl.veiligthuis.keten.wijkteam.intake.Veiligheidsinstrument;
import nl.veiligthuis.keten.wijkteam.intake.ZrmMoment;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The published payload records and the documented samples match docs/events/schemas, without a broker. */
class PayloadContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSamplesMatchTheirSchemas() {
        for (String event : new String[] {"zaak-geopend.v1", "overdracht-geaccepteerd.v1", "zaak-teruggemeld.v1",
                "regisseur-toegewezen.v1", "gezinslid-geregistreerd.v1", "gesprek-vastgelegd.v1",
                "veiligheidsinschatting-vastgelegd.v1", "zrm-vastgelegd.v1", "leefgebiedenanalyse-vastgelegd.v1"}) {
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
    void r11_everyIntakeStepIsPublishedAsAValidEventWithCodesOnly() {
        // R11: each role, reason, instrument, oordeel and ZRM moment fits its schema; nothing else goes on the topic
        var actor = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        for (GezinslidRol rol : GezinslidRol.values()) {
            for (String persoonId : new String[] {id(), null}) {
                EventContract.assertValid("gezinslid-geregistreerd.v1", JSON.writeValueAsBytes(
                        new GezinslidGeregistreerdV1(id(), id(), id(), persoonId, rol.name(), Instant.now(), actor)));
            }
            EventContract.assertValid("gesprek-vastgelegd.v1", JSON.writeValueAsBytes(new GesprekVastgelegdV1(id(),
                    id(), id(), rol.name(), true, null, LocalDate.now(), actor)));
        }
        for (RedenNietGesproken reden : RedenNietGesproken.values()) {
            EventContract.assertValid("gesprek-vastgelegd.v1", JSON.writeValueAsBytes(new GesprekVastgelegdV1(id(),
                    id(), id(), "KIND", false, reden.name(), LocalDate.now(), actor)));
        }
        for (Veiligheidsinstrument instrument : Veiligheidsinstrument.values()) {
            for (Veiligheidsoordeel oordeel : Veiligheidsoordeel.values()) {
                EventContract.assertValid("veiligheidsinschatting-vastgelegd.v1", JSON.writeValueAsBytes(
                        new VeiligheidsinschattingVastgelegdV1(id(), id(), id(), instrument.name(), oordeel.name(),
                                Instant.now(), actor)));
            }
        }
        for (ZrmMoment moment : ZrmMoment.values()) {
            EventContract.assertValid("zrm-vastgelegd.v1", JSON.writeValueAsBytes(
                    new ZrmVastgelegdV1(id(), id(), id(), moment.name(), Instant.now(), actor)));
        }
        EventContract.assertValid("leefgebiedenanalyse-vastgelegd.v1", JSON.writeValueAsBytes(
                new LeefgebiedenanalyseVastgelegdV1(id(), id(), Instant.now(), actor)));
        assertThat(JSON.readTree(JSON.writeValueAsBytes(new GesprekVastgelegdV1(id(), id(), id(), "KIND", true, null,
                LocalDate.parse("2026-11-25"), actor))).get("gevoerdOp").asString()).isEqualTo("2026-11-25");
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
