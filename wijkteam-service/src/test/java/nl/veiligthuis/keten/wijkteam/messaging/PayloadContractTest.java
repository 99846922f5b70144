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
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Beoordeling;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OpgesteldMet;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Partij;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The published payload records and the documented samples match docs/events/schemas, without a broker. */
class PayloadContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSamplesMatchTheirSchemas() {
        for (String event : new String[] {"zaak-geopend.v1", "overdracht-geaccepteerd.v1", "zaak-teruggemeld.v1",
                "regisseur-toegewezen.v1", "ondersteuningsplan-opgesteld.v1", "ondersteuningsplan-beoordeeld.v1",
                "ondersteuningsplan-geevalueerd.v1", "procesbespreking-gehouden.v1",
                "procesbespreking-termijn-verstreken.v1"}) {
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
    void r12_everyPartijOpgesteldMetAndBesluitIsPublishedAsAValidPayload() {
        // R12: the plan goes on the topic as counts and codes; every code the domain knows must fit the schema
        var medewerker = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        for (OpgesteldMet opgesteldMet : OpgesteldMet.values()) {
            EventContract.assertValid("ondersteuningsplan-opgesteld.v1", JSON.writeValueAsBytes(
                    new OndersteuningsplanOpgesteldV1(id(), id(), 1, 2,
                            Arrays.stream(Partij.values()).map(Enum::name).toList(), opgesteldMet.name(),
                            Instant.now(), medewerker)));
        }
        for (Beoordeling besluit : Beoordeling.values()) {
            EventContract.assertValid("ondersteuningsplan-beoordeeld.v1", JSON.writeValueAsBytes(
                    new OndersteuningsplanBeoordeeldV1(id(), id(), 2, besluit.name(), Instant.now(),
                            Actor.wijkteam("TEAMLEIDER", "Vlaardingen"))));
        }
        EventContract.assertValid("ondersteuningsplan-geevalueerd.v1", JSON.writeValueAsBytes(
                new OndersteuningsplanGeevalueerdV1(id(), id(), 1, 1, 0, 2, false, Instant.now(), medewerker)));
        EventContract.assertValid("procesbespreking-gehouden.v1", JSON.writeValueAsBytes(
                new ProcesbesprekingGehoudenV1(id(), id(), Instant.now(), false, medewerker)));
        EventContract.assertValid("procesbespreking-termijn-verstreken.v1", JSON.writeValueAsBytes(
                new ProcesbesprekingTermijnVerstrekenV1(id(), id(), Instant.now(), Instant.now())));
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
