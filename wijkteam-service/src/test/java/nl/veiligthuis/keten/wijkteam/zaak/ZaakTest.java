package nl.veiligthuis.keten.wijkteam.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.veiligthuis.keten.platform.web.DomeinregelDetails;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZaakTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant OVERDRACHT_GEDAAN_OP = Instant.parse("2026-11-20T15:00:00Z");
    private static final String OVERDRACHT_ID = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor(OVERDRACHT_ID);
    private static final String TOELICHTING = "Geen passend aanbod voor deze problematiek";
    private static final Medewerker MEDEWERKER = new Medewerker("Fatima el Amrani", "010-2345678");

    private AggregateTestFixture<Zaak> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Zaak.class);
        fixture.registerInjectableResource(Clock.fixed(NU, ZoneOffset.UTC));
    }

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
                .when(new AccepteerOverdracht(ZAAK_ID, MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, "gezin-1", "Vlaardingen", MEDEWERKER,
                        NU))
                .expectState(zaak -> assertThat(zaak).extracting("status").isEqualTo(ZaakStatus.IN_BEHANDELING));
    }

    @Test
    void aHandoverIsAcceptedOnlyOnce() {
        // R9: an accepted handover cannot be accepted again
        fixture.given(zaakGeopend(), new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, "gezin-1", "Vlaardingen",
                        MEDEWERKER, NU.minusSeconds(3600)))
                .when(new AccepteerOverdracht(ZAAK_ID, new Medewerker("Joost de Vries", null)))
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
                .when(new AccepteerOverdracht(ZAAK_ID, MEDEWERKER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R9"))
                .expectNoEvents();
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
                NU.minusSeconds(3600));
    }

    private static ZaakTeruggemeld zaakTeruggemeld(RedenTerugmelding reden, Instant teruggemeldOp) {
        return new ZaakTeruggemeld(ZAAK_ID, OVERDRACHT_ID, "melding-1", "gezin-1", Route.NA_TRIAGE, "Vlaardingen",
                reden, TOELICHTING, MEDEWERKER, teruggemeldOp);
    }

    private static OpenZaak openZaak() {
        return new OpenZaak(ZAAK_ID, OVERDRACHT_ID, "melding-1", "gezin-1", Route.NA_TRIAGE, "Vlaardingen", null,
                OVERDRACHT_GEDAAN_OP);
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", "gezin-1", Route.NA_TRIAGE, "Vlaardingen", null,
                OVERDRACHT_GEDAAN_OP, NU);
    }
}
