package nl.veiligthuis.keten.wijkteam.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Ondersteuningsplan;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZaakTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant OVERDRACHT_GEDAAN_OP = Instant.parse("2026-11-20T15:00:00Z");
    private static final String OVERDRACHT_ID = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor(OVERDRACHT_ID);
    private static final String TOELICHTING = "Geen passend aanbod voor deze problematiek";
    private static final Medewerker MEDEWERKER = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final String DATAREF = "http://localhost:8082/api/v1/overdrachten/" + OVERDRACHT_ID;
    private static final Regisseur FATIMA = new Regisseur("Fatima el Amrani", "010-2345678", "Minters");
    private static final Regisseur JOOST = new Regisseur("Joost de Vries", "010-8765432", "Enver");
    private static final String WISSELREDEN = "Fatima gaat met verlof; Joost kent het gezin al";

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void aHandoverOpensAZaakAwaitingAcceptance() {
        // R7: a handover straight after triage opens a zaak at the wijkteam of the gemeente
        fixture.givenNoPriorActivity()
                .when(openZaak())
                .expectSuccessfulHandlerExecution()
                .expectEvents(zaakGeopend())
                .expectState(zaak -> assertThat(zaak).extracting("status").isEqualTo(ZaakStatus.OVERDRACHT_ONTVANGEN));
    }

    @Test
    void theSameHandoverNeverOpensASecondZaak() {
        fixture.given(zaakGeopend())
                .when(openZaak())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theZaakIdIsDerivedFromTheOverdracht() {
        assertThat(OpenZaak.zaakIdVoor(OVERDRACHT_ID)).isEqualTo(ZAAK_ID).isEqualTo(UUID.nameUUIDFromBytes(
                ("zaak:" + OVERDRACHT_ID).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        assertThat(OpenZaak.zaakIdVoor(UUID.randomUUID().toString())).isNotEqualTo(ZAAK_ID);
    }

    @Test
    void acceptingRecordsWhoAndWhenAndStartsTreatment() {
        // R9: the wijkteam accepts the handover; who accepted and when is recorded
        fixture.given(zaakGeopend())
                .when(new AccepteerOverdracht(ZAAK_ID, "Westwijk", MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, "gezin-1", "Vlaardingen", MEDEWERKER,
                        NU, "Westwijk"))
                .expectScheduledDeadlineWithName(Ondersteuningsplan.procesbesprekingUiterlijkOp(NU),
                        Ondersteuningsplan.PROCESBESPREKING)
                .expectState(zaak -> assertThat(zaak).extracting("status").isEqualTo(ZaakStatus.IN_BEHANDELING));
    }

    @Test
    void aHandoverIsAcceptedOnlyOnce() {
        // R9: an accepted handover cannot be accepted again
        fixture.given(zaakGeopend(), new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, "gezin-1", "Vlaardingen",
                        MEDEWERKER, NU.minusSeconds(3600), "Westwijk"))
                .when(new AccepteerOverdracht(ZAAK_ID, "Westwijk", new Medewerker("Joost de Vries", null)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R9"))
                .expectNoEvents();
    }

    @Test
    void r9_theWijkteamMayReturnAHandoverInsteadOfAcceptingIt() {
        // R9: lacking the means for a fitting intervention, the wijkteam returns the zaak to Veilig Thuis
        fixture.given(zaakGeopend())
                .when(new MeldTerug(ZAAK_ID, RedenTerugmelding.ONVOLDOENDE_MIDDELEN, TOELICHTING, MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(zaakTeruggemeld(RedenTerugmelding.ONVOLDOENDE_MIDDELEN, NU))
                .expectState(zaak -> assertThat(zaak).extracting("status").isEqualTo(ZaakStatus.TERUGGEMELD));
    }

    @Test
    void r16_aZaakInTreatmentWithRemainingSafetyRisksIsReturnedNotClosed() {
        // R16: no question for help while safety risks remain: the zaak goes back to Veilig Thuis (R9)
        fixture.given(zaakGeopend(), overdrachtGeaccepteerd())
                .when(new MeldTerug(ZAAK_ID, RedenTerugmelding.GEEN_HULPVRAAG_BIJ_ONVEILIGHEID, TOELICHTING,
                        MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(zaakTeruggemeld(RedenTerugmelding.GEEN_HULPVRAAG_BIJ_ONVEILIGHEID, NU))
                .expectState(zaak -> assertThat(zaak).extracting("status").isEqualTo(ZaakStatus.TERUGGEMELD));
    }

    @Test
    void r9_aZaakIsReturnedOnlyOnce() {
        // R9: returned once; pushing a zaak back and forth is a known harm, so a second return is refused
        fixture.given(zaakGeopend(), zaakTeruggemeld(RedenTerugmelding.ONVOLDOENDE_MIDDELEN, NU.minusSeconds(3600)))
                .when(new MeldTerug(ZAAK_ID, RedenTerugmelding.OVERSTIJGENDE_PROBLEMATIEK, TOELICHTING,
                        new Medewerker("Joost de Vries", null)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R9"))
                .expectNoEvents();
    }

    @Test
    void r9_aReturnedZaakCannotBeAccepted() {
        // R9: after a return, responsibility lies with Veilig Thuis; the wijkteam cannot accept it after all
        fixture.given(zaakGeopend(), zaakTeruggemeld(RedenTerugmelding.ONVOLDOENDE_MIDDELEN, NU.minusSeconds(3600)))
                .when(new AccepteerOverdracht(ZAAK_ID, "Westwijk", MEDEWERKER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R9"))
                .expectNoEvents();
    }

    @Test
    void r10_theFirstCasusregisseurIsAssignedAfterAcceptanceWithoutAReason() {
        // R10: after acceptance the zaak gets its one casusregisseur; a reason is optional the first time
        fixture.given(zaakGeopend(), overdrachtGeaccepteerd())
                .when(new WijsRegisseurToe(ZAAK_ID, FATIMA, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectEvents(toegewezen(FATIMA, null, null, NU))
                .expectState(zaak -> assertThat(zaak).extracting("regisseur").isEqualTo(FATIMA));
    }

    @Test
    void r10_theFirstCasusregisseurMayBeNamedAtAcceptance() {
        // R9/R10: accepting and naming the casusregisseur in one step
        fixture.given(zaakGeopend())
                .when(new AccepteerOverdracht(ZAAK_ID, "Westwijk", MEDEWERKER, FATIMA))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, "gezin-1", "Vlaardingen", MEDEWERKER,
                        NU, "Westwijk"), toegewezen(FATIMA, null, null, NU));
    }

    @Test
    void r10_aChangeOfRegieRecordsThePreviousRegisseurAndTheReason() {
        // R10: exactly one regisseur at a time; the change names who had it before and why it moves
        fixture.given(zaakGeopend(), overdrachtGeaccepteerd(), toegewezen(FATIMA, null, null, NU.minusSeconds(60)))
                .when(new WijsRegisseurToe(ZAAK_ID, JOOST, "  " + WISSELREDEN + " "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(toegewezen(JOOST, FATIMA, WISSELREDEN, NU))
                .expectState(zaak -> assertThat(zaak).extracting("regisseur").isEqualTo(JOOST));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void r10_aChangeOfRegieWithoutAReasonIsRefused(String geenReden) {
        // R10: every change of regie is recorded with its reason
        fixture.given(zaakGeopend(), overdrachtGeaccepteerd(), toegewezen(FATIMA, null, null, NU.minusSeconds(60)))
                .when(new WijsRegisseurToe(ZAAK_ID, JOOST, geenReden))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    @Test
    void r10_theCurrentRegisseurCannotBeAssignedAgain() {
        // R10: the "new" regisseur is the current one (spacing and capitals aside): not a change of regie
        fixture.given(zaakGeopend(), overdrachtGeaccepteerd(), toegewezen(FATIMA, null, null, NU.minusSeconds(60)))
                .when(new WijsRegisseurToe(ZAAK_ID, new Regisseur(" fatima  EL Amrani", "06-12345678", "minters"),
                        WISSELREDEN))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    @Test
    void r10_noCasusregisseurBeforeAcceptance() {
        // R10 after R9: the wijkteam takes regie only once it has accepted the handover
        fixture.given(zaakGeopend())
                .when(new WijsRegisseurToe(ZAAK_ID, FATIMA, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    @Test
    void r10_noCasusregisseurAfterTheZaakWasReturned() {
        // R10/R9: after a terugmelding the regie is no longer with the wijkteam
        fixture.given(zaakGeopend(), overdrachtGeaccepteerd(), toegewezen(FATIMA, null, null, NU.minusSeconds(60)),
                        zaakTeruggemeld(RedenTerugmelding.ONVOLDOENDE_MIDDELEN, NU.minusSeconds(30)))
                .when(new WijsRegisseurToe(ZAAK_ID, JOOST, WISSELREDEN))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"))
                .expectNoEvents();
    }

    @Test
    void aZaakOpenedBeforeTheDatarefWasKeptStillReads() {
        var serializer = Jackson3Serializer.builder().build();
        var opgeslagen = new SimpleSerializedObject<>("""
                {"zaakId": "%s", "overdrachtId": "%s", "meldingId": "melding-1", "gezinId": "gezin-1",
                 "route": "NA_TRIAGE", "gemeente": "Vlaardingen", "onderzoekId": null,
                 "overdrachtGedaanOp": "2026-11-20T15:00:00Z", "geopendOp": "2026-11-23T09:00:00Z"}"""
                .formatted(ZAAK_ID, OVERDRACHT_ID), String.class, ZaakGeopend.class.getName(), "1");
        ZaakGeopend event = serializer.deserialize(opgeslagen);
        assertThat(event.overdrachtDataref()).isNull();
        assertThat(event.geopendOp()).isEqualTo(NU);
    }

    @Test
    void anAcceptanceStoredBeforeTheMedewerkerHadATelefoonStillReads() {
        var serializer = Jackson3Serializer.builder().build();
        var opgeslagen = new SimpleSerializedObject<>("""
                {"zaakId": "%s", "overdrachtId": "%s", "gezinId": "gezin-1", "gemeente": "Vlaardingen",
                 "medewerker": {"naam": "Fatima el Amrani"}, "geaccepteerdOp": "2026-11-23T08:00:00Z"}"""
                .formatted(ZAAK_ID, OVERDRACHT_ID), String.class, OverdrachtGeaccepteerd.class.getName(), "1");
        OverdrachtGeaccepteerd event = serializer.deserialize(opgeslagen);
        assertThat(event.medewerker()).isEqualTo(new Medewerker("Fatima el Amrani", null));
    }

    private static OverdrachtGeaccepteerd overdrachtGeaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, "gezin-1", "Vlaardingen", MEDEWERKER,
                NU.minusSeconds(3600), "Westwijk");
    }

    private static ZaakTeruggemeld zaakTeruggemeld(RedenTerugmelding reden, Instant teruggemeldOp) {
        return new ZaakTeruggemeld(ZAAK_ID, OVERDRACHT_ID, "melding-1", "gezin-1", Route.NA_TRIAGE, "Vlaardingen",
                reden, TOELICHTING, MEDEWERKER, teruggemeldOp);
    }

    private static OpenZaak openZaak() {
        return new OpenZaak(ZAAK_ID, OVERDRACHT_ID, "melding-1", "gezin-1", Route.NA_TRIAGE, "Vlaardingen", null,
                OVERDRACHT_GEDAAN_OP, DATAREF);
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", "gezin-1", Route.NA_TRIAGE, "Vlaardingen", null,
                OVERDRACHT_GEDAAN_OP, NU, DATAREF);
    }

    private static RegisseurToegewezen toegewezen(Regisseur regisseur, Regisseur vorige, String reden,
                                                  Instant toegewezenOp) {
        return new RegisseurToegewezen(ZAAK_ID, "gezin-1", regisseur, vorige, reden, toegewezenOp);
    }
}
