package nl.veiligthuis.keten.wijkteam.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import nl.veiligthuis.keten.embedded.EventContract;
import nl.veiligthuis.keten.wijkteam.opschaling.Besluit;
import nl.veiligthuis.keten.wijkteam.opschaling.RedenOpschaling;
import nl.veiligthuis.keten.wijkteam.opschaling.Tafel;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The published payload records and the documented samples match docs/events/schemas, without a broker. */
class PayloadContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSamplesMatchTheirSchemas() {
        for (String event : new String[] {"zaak-geopend.v1", "overdracht-geaccepteerd.v1", "zaak-teruggemeld.v1",
                "regisseur-toegewezen.v1", "zaak-opgeschaald.v1", "opschaling-besloten.v1"}) {
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
    void r15_everyTafelRedenAndBesluitIsPublishedAsAValidEvent() {
        for (Tafel tafel : Tafel.values()) {
            for (RedenOpschaling reden : RedenOpschaling.values()) {
                EventContract.assertValid("zaak-opgeschaald.v1", JSON.writeValueAsBytes(new ZaakOpgeschaaldV1(id(),
                        id(), id(), tafel.name(), reden.name(), Instant.now(),
                        Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen"))));
            }
            for (Besluit besluit : Besluit.values()) {
                EventContract.assertValid("opschaling-besloten.v1", JSON.writeValueAsBytes(new OpschalingBeslotenV1(
                        id(), id(), id(), tafel.name(), besluit.name(), Instant.now(),
                        new Actor(tafel.name(), tafel.naam() + " Vlaardingen"))));
            }
        }
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
