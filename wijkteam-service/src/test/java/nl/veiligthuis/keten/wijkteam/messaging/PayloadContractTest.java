package nl.veiligthuis.keten.wijkteam.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;


import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.veiligthuis.keten.testinfra.EventContract;
import nl.veiligthuis.keten.wijkteam.afsluiting.Uitkomst;
import nl.veiligthuis.keten.wijkteam.contact.Contactlogboek;
import nl.veiligthuis.keten.wijkteam.contact.Contactsoort;
import nl.veiligthuis.keten.wijkteam.contact.Veiligheidsbeeld;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgDoor;
import nl.veiligthuis.keten.wijkteam.samenwerking.Overlegpartij;
import nl.veiligthuis.keten.wijkteam.samenwerking.Overlegsoort;
import nl.veiligthuis.keten.wijkteam.intake.RedenNietGesproken;
import nl.veiligthuis.keten.wijkteam.intake.Veiligheidsinstrument;
import nl.veiligthuis.keten.wijkteam.intake.ZrmMoment;
import nl.veiligthuis.keten.wijkteam.monitoring.Doelstand;
import nl.veiligthuis.keten.wijkteam.monitoring.MonitoringcontactBeantwoord;
import nl.veiligthuis.keten.wijkteam.monitoring.StandVanDoel;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.FamiliegroepsplanAntwoord;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.OpgesteldMet;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Partij;
import nl.veiligthuis.keten.wijkteam.opschaling.Besluit;
import nl.veiligthuis.keten.wijkteam.opschaling.RedenOpschaling;
import nl.veiligthuis.keten.wijkteam.opschaling.Tafel;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.Dreiging;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.RedenBeeindiging;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.Verloop;
import nl.veiligthuis.keten.wijkteam.verhuizing.RedenWeigering;
import nl.veiligthuis.keten.wijkteam.verhuizing.Toestemming;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The published payload records and the documented samples match docs/events/schemas, without a broker. */
class PayloadContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** As the platform's KetenConsumer reads a payload: fields the consumer does not know are ignored. */
    private static <T> T alsConsument(String data, Class<T> type) {
        return JSON.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
    }

    /** The checks the platform's KetenConsumer applies to a payload before its effect. */
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** Every documented sample, so a new event type is covered the moment its sample is written. */
    @Test
    void theSamplesMatchTheirSchemas() throws IOException {
        try (var samples = Files.list(EventContract.eventsDirectory().resolve("samples"))) {
            List<String> events = samples.map(pad -> pad.getFileName().toString().replace(".json", "")).toList();
            assertThat(events).contains("zaak-geopend.v1", "regisseur-toegewezen.v1");
            events.forEach(event -> EventContract.assertValid(event,
                    EventContract.sample(event).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void thePayloadRecordsMatchTheirSchemas() {
        var actor = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        EventContract.assertValid("zaak-geopend.v1", JSON.writeValueAsBytes(new ZaakGeopendV1(id(), id(), id(), id(),
                "Vlaardingen", "NA_TRIAGE", Instant.now(), Actor.wijkteam("WIJKTEAM", "Vlaardingen"))));
        EventContract.assertValid("overdracht-geaccepteerd.v1",
                JSON.writeValueAsBytes(new OverdrachtGeaccepteerdV1(id(), id(), id(), Instant.now(), "Westwijk", actor)));
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
    void r13_theVeiligheidsplanPayloadsMatchTheirSchemasForEveryCode() {
        // R13: only codes, counts and dates of the plan go on the topic; every enum value must fit its schema
        var actor = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        for (Dreiging ernst : Dreiging.values()) {
            EventContract.assertValid("veiligheidsplan-opgesteld.v1", JSON.writeValueAsBytes(
                    new VeiligheidsplanOpgesteldV1(id(), id(), 1, ernst.name(), 2, 1, Instant.now(), Instant.now(),
                            Instant.now(), actor)));
        }
        for (Beoordeling besluit : Beoordeling.values()) {
            EventContract.assertValid("veiligheidsplan-beoordeeld.v1", JSON.writeValueAsBytes(
                    new VeiligheidsplanBeoordeeldV1(id(), id(), 2, besluit.name(), Instant.now(),
                            Actor.wijkteam("TEAMLEIDER", "Vlaardingen"))));
        }
        var kinderen = new ArrayList<VeiligheidsplanGeevalueerdV1.Kind>();
        for (Verloop verloop : Verloop.values()) {
            for (Veiligheidsoordeel oordeel : Veiligheidsoordeel.values()) {
                kinderen.add(new VeiligheidsplanGeevalueerdV1.Kind(id(),
                        verloop == Verloop.NIEUW ? null : oordeel.name(), oordeel.name(), verloop.name()));
            }
        }
        EventContract.assertValid("veiligheidsplan-geevalueerd.v1", JSON.writeValueAsBytes(
                new VeiligheidsplanGeevalueerdV1(id(), id(), 1, kinderen, false, true, Instant.now(), Instant.now(),
                        actor)));
        EventContract.assertValid("veiligheidsplan-evaluatie-gemist.v1", JSON.writeValueAsBytes(
                new VeiligheidsplanEvaluatieGemistV1(id(), id(), 1, Instant.now(), Instant.now())));
        EventContract.assertValid("veiligheidsplan-verlopen.v1", JSON.writeValueAsBytes(
                new VeiligheidsplanVerlopenV1(id(), id(), 1, Instant.now(), Instant.now())));
        for (RedenBeeindiging reden : RedenBeeindiging.values()) {
            EventContract.assertValid("veiligheidsplan-beeindigd.v1", JSON.writeValueAsBytes(
                    new VeiligheidsplanBeeindigdV1(id(), id(), 1, reden.name(), Instant.now(), actor)));
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
        // issue 14 point 9: the adults an assessment covers, optional and absent for an assessment from before
        byte[] metVolwassenen = JSON.writeValueAsBytes(new VeiligheidsinschattingVastgelegdV1(id(), id(), id(), "LIRIK",
                "ONVEILIG", Instant.now(), actor, List.of(id(), id())));
        EventContract.assertValid("veiligheidsinschatting-vastgelegd.v1", metVolwassenen);
        assertThat(JSON.readTree(metVolwassenen).get("volwassenen").size()).isEqualTo(2);
        byte[] zonder = JSON.writeValueAsBytes(new VeiligheidsinschattingVastgelegdV1(id(), id(), id(), "ETM", "VEILIG",
                Instant.now(), actor));
        EventContract.assertValid("veiligheidsinschatting-vastgelegd.v1", zonder);
        assertThat(JSON.readTree(zonder).has("volwassenen")).isFalse();
        EventContract.assertValid("leefgebiedenanalyse-vastgelegd.v1", JSON.writeValueAsBytes(
                new LeefgebiedenanalyseVastgelegdV1(id(), id(), Instant.now(), actor)));
        assertThat(JSON.readTree(JSON.writeValueAsBytes(new GesprekVastgelegdV1(id(), id(), id(), "KIND", true, null,
                LocalDate.parse("2026-11-25"), actor))).get("gevoerdOp").asString()).isEqualTo("2026-11-25");
    }

    @Test
    void r13_r19_issue14_everyContactsoortAndBeeldIsPublishedAsAValidPayload() {
        var actor = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        for (Contactsoort soort : Contactsoort.values()) {
            for (Veiligheidsbeeld beeld : Veiligheidsbeeld.values()) {
                EventContract.assertValid("contact-vastgelegd.v1", JSON.writeValueAsBytes(new ContactVastgelegdV1(id(),
                        id(), id(), soort.name(), LocalDate.now(), List.of(id(), id()), beeld.name(), true, actor)));
            }
        }
        EventContract.assertValid("contact-vastgelegd.v1", JSON.writeValueAsBytes(new ContactVastgelegdV1(id(), id(),
                id(), "HUISBEZOEK", LocalDate.now(), List.of(), "ONVEILIG", false, actor)));
        for (int dagen : new int[] {1, 14, Contactlogboek.HOOGSTE_FREQUENTIE}) {
            EventContract.assertValid("contactfrequentie-afgesproken.v1", JSON.writeValueAsBytes(
                    new ContactfrequentieAfgesprokenV1(id(), id(), dagen, Instant.now(), actor)));
        }
    }

    @Test
    void r10_issue14_everyOverlegsoortAndPartijIsPublishedAsAValidPayload() {
        var wijkteam = Actor.wijkteam("WIJKTEAM", "Vlaardingen");
        for (Overlegsoort soort : Overlegsoort.values()) {
            for (Overlegpartij partij : Overlegpartij.values()) {
                EventContract.assertValid("overleg-vastgelegd.v1", JSON.writeValueAsBytes(new OverlegVastgelegdV1(
                        id(), id(), id(), soort.name(), LocalDate.now(), List.of("VEILIG_THUIS", "WIJKTEAM"),
                        List.of(new OverlegVastgelegdV1.TaakV1(partij.name(), null),
                                new OverlegVastgelegdV1.TaakV1(partij.name(), LocalDate.now())), Instant.now(),
                        wijkteam)));
            }
        }
    }

    @Test
    void r16_issue14_theNazorgIsPublishedAsValidPayloadsWithCodesOnly() {
        var medewerker = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        for (NazorgDoor door : NazorgDoor.values()) {
            var nazorg = new ZaakAfgeslotenV1.NazorgV1(door.name(),
                    door == NazorgDoor.ANDERE_ORGANISATIE ? "CJG Vlaardingen" : null, LocalDate.now());
            byte[] afgesloten = JSON.writeValueAsBytes(new ZaakAfgeslotenV1(id(), id(), id(), id(), "ZELFSTANDIG_VERDER",
                    List.of(), List.of(), Instant.now(), Actor.wijkteam("TEAMLEIDER", "Vlaardingen"), nazorg));
            EventContract.assertValid("zaak-afgesloten.v1", afgesloten);
            assertThat(JSON.readTree(afgesloten).at("/nazorg/organisatie").isMissingNode())
                    .isEqualTo(door != NazorgDoor.ANDERE_ORGANISATIE);
            EventContract.assertValid("nazorg-verlopen.v1", JSON.writeValueAsBytes(new NazorgVerlopenV1(id(), id(),
                    door.name(), LocalDate.now(), Instant.now(), Actor.wijkteam("WIJKTEAM", "Vlaardingen"))));
        }
        // a closing from before has no nazorg: absent, not null
        byte[] zonder = JSON.writeValueAsBytes(new ZaakAfgeslotenV1(id(), id(), id(), id(), "GEEN_HULPVRAAG", List.of(),
                List.of(), Instant.now(), Actor.wijkteam("TEAMLEIDER", "Vlaardingen")));
        EventContract.assertValid("zaak-afgesloten.v1", zonder);
        assertThat(JSON.readTree(zonder).has("nazorg")).isFalse();
        for (Veiligheidsbeeld beeld : Veiligheidsbeeld.values()) {
            EventContract.assertValid("nazorgcontrole-vastgelegd.v1", JSON.writeValueAsBytes(
                    new NazorgcontroleVastgelegdV1(id(), id(), LocalDate.now(), beeld.name(), false, Instant.now(),
                            medewerker)));
        }
    }

    @Test
    void r10_issue14_everyMoveIsPublishedAsAValidPayloadWithOrWithoutTeams() {
        var vlaardingen = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        var schiedam = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Schiedam");
        for (Toestemming toestemming : Toestemming.values()) {
            EventContract.assertValid("verhuizing-aangemeld.v1", JSON.writeValueAsBytes(new VerhuizingAangemeldV1(id(),
                    id(), id(), "Vlaardingen", "Westwijk", "Schiedam", "Centrum", LocalDate.now(), toestemming.name(),
                    Instant.now(), vlaardingen)));
        }
        // a team not named is absent, not null
        byte[] zonderTeams = JSON.writeValueAsBytes(new VerhuizingAangemeldV1(id(), id(), id(), "Vlaardingen", null,
                "Schiedam", null, LocalDate.now(), "GEGEVEN", Instant.now(), vlaardingen));
        EventContract.assertValid("verhuizing-aangemeld.v1", zonderTeams);
        assertThat(JSON.readTree(zonderTeams).has("naarTeam")).isFalse();
        EventContract.assertValid("zaak-verhuisd.v1", JSON.writeValueAsBytes(new ZaakVerhuisdV1(id(), id(), id(),
                "Vlaardingen", null, "Schiedam", "Centrum", LocalDate.now(), LocalDate.now(), Instant.now(), schiedam)));
        EventContract.assertValid("verhuizing-ingetrokken.v1", JSON.writeValueAsBytes(new VerhuizingIngetrokkenV1(id(),
                id(), id(), "Vlaardingen", "Schiedam", Instant.now(), vlaardingen)));
        for (RedenWeigering reden : RedenWeigering.values()) {
            EventContract.assertValid("verhuizing-geweigerd.v1", JSON.writeValueAsBytes(new VerhuizingGeweigerdV1(id(),
                    id(), id(), "Vlaardingen", "Schiedam", reden.name(), Instant.now(), schiedam)));
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
        for (var besluit : Beoordeling.values()) {
            EventContract.assertValid("ondersteuningsplan-beoordeeld.v1", JSON.writeValueAsBytes(
                    new OndersteuningsplanBeoordeeldV1(id(), id(), 2, besluit.name(), Instant.now(),
                            Actor.wijkteam("TEAMLEIDER", "Vlaardingen"))));
        }
        EventContract.assertValid("ondersteuningsplan-geevalueerd.v1", JSON.writeValueAsBytes(
                new OndersteuningsplanGeevalueerdV1(id(), id(), 1, 1, 0, 2, false, Instant.now(), medewerker)));
        // issue 14 point 13: every answer to the offer of a familiegroepsplan fits the schema
        for (FamiliegroepsplanAntwoord antwoord : FamiliegroepsplanAntwoord.values()) {
            EventContract.assertValid("familiegroepsplan-aangeboden.v1", JSON.writeValueAsBytes(
                    new FamiliegroepsplanAangebodenV1(id(), id(), LocalDate.now(), antwoord.name(), Instant.now(),
                            medewerker)));
        }
        EventContract.assertValid("procesbespreking-gehouden.v1", JSON.writeValueAsBytes(
                new ProcesbesprekingGehoudenV1(id(), id(), Instant.now(), false, medewerker)));
        EventContract.assertValid("procesbespreking-termijn-verstreken.v1", JSON.writeValueAsBytes(
                new ProcesbesprekingTermijnVerstrekenV1(id(), id(), Instant.now(), Instant.now())));
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
                "010-2345678", "010-8765432", "mee");
    }

    @Test
    void r14_monitoringSamplesAreReadAsStartAndContact() {
        var gestart = alsConsument(EventContract.sample("monitoring-gestart.v1"), MonitoringGestartV1.class);
        assertThat(VALIDATOR.validate(gestart)).isEmpty();
        var contact = alsConsument(EventContract.sample("monitoring-contact-vastgelegd.v1"),
                MonitoringContactVastgelegdV1.class);
        assertThat(VALIDATOR.validate(contact)).isEmpty();
        assertThat(contact.contactId()).isNotBlank();
        assertThat(contact.aantalDoelenBesproken()).isPositive();
    }

    @Test
    void r16_r17_everyUitkomstBesluitAndPartijIsPublishedAsAValidEvent() {
        var medewerker = Actor.wijkteam("WIJKTEAMMEDEWERKER", "Vlaardingen");
        var teamleider = Actor.wijkteam("TEAMLEIDER", "Vlaardingen");
        List<String> partijen = Arrays.stream(nl.veiligthuis.keten.wijkteam.afsluiting.Partij.values())
                .map(Enum::name).toList();
        for (Uitkomst uitkomst : Uitkomst.values()) {
            EventContract.assertValid("afsluiting-voorgesteld.v1", JSON.writeValueAsBytes(
                    new AfsluitingVoorgesteldV1(id(), id(), uitkomst.name(), Instant.now(), medewerker)));
            EventContract.assertValid("zaak-afgesloten.v1", JSON.writeValueAsBytes(new ZaakAfgeslotenV1(id(), id(),
                    id(), id(), uitkomst.name(), partijen, List.of(), Instant.now(), teamleider)));
        }
        for (var besluit : Beoordeling.values()) {
            EventContract.assertValid("afsluiting-beoordeeld.v1", JSON.writeValueAsBytes(
                    new AfsluitingBeoordeeldV1(id(), id(), besluit.name(), Instant.now(), teamleider)));
        }
        EventContract.assertValid("betrokkenen-geinformeerd.v1", JSON.writeValueAsBytes(new BetrokkenenGeinformeerdV1(
                id(), id(), "START", List.of("HUISARTS"), List.of("SCHOOL"), List.of("CJG"), Instant.now(),
                medewerker)));
    }

    @Test
    void theTriageSampleIsReadAsAnOverdracht() {
        var overdracht = alsConsument(EventContract.sample("overdracht-gedaan.v1"), OverdrachtGedaanV1.class);
        assertThat(VALIDATOR.validate(overdracht)).isEmpty();
        assertThat(overdracht.route()).isNotNull();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
