package nl.veiligthuis.keten.wijkteam.gezinsregie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.ondersteuningsplan.Ondersteuningsplan;
import nl.veiligthuis.keten.wijkteam.zaak.AccepteerOverdracht;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MeldTerug;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** R9, R10: the handovers that join the gezin's lopende zaak (issue 14 point 4). */
class GevoegdeOverdrachtenTest {

    private static final Instant NU = Instant.parse("2026-12-02T09:00:00Z");
    private static final String EERSTE = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String TWEEDE = "6f1d2c3b-4a5e-4f60-9b7c-8d9e0f1a2b3c";
    private static final String ZAAK = OpenZaak.zaakIdVoor(EERSTE);
    private static final String GEZIN = "gezin-1";
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final String DATAREF = "http://localhost:8082/api/v1/overdrachten/" + TWEEDE;
    /** Issue 14 point 1: the persons the second handover names travel with it, into a split-off zaak too. */
    private static final List<GenoemdGezinslid> LEDEN = List.of(
            new GenoemdGezinslid("9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b", GezinslidRol.KIND));

    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void r10_aFurtherHandoverJoinsTheZaakOnceWithItsOwnMeldingAndPackage() {
        fixture.given(geopend())
                .when(voegToe())
                .expectEvents(gevoegd())
                .expectState(zaak -> assertThat(zaak.gevoegdeOverdrachten())
                        .containsExactly(new GevoegdeOverdracht(gevoegd(), null)));
        // the same handover again, and the zaak's own handover, change nothing
        new GevoegdeOverdrachtenTest().fixture.given(geopend(), gevoegd()).when(voegToe()).expectNoEvents();
        new GevoegdeOverdrachtenTest().fixture.given(geopend())
                .when(new VoegOverdrachtToe(ZAAK, EERSTE, "melding-1", Route.NA_TRIAGE, "Vlaardingen", null, NU, null))
                .expectNoEvents();
    }

    @Test
    void r10_aZaakThatIsNoLongerLopendTakesNoHandoverAndTheConsumerRetries() {
        // not a domain refusal: the Gezinsregie decides again on the retry, and opens a new zaak
        fixture.given(geopend(), new ZaakTeruggemeld(ZAAK, EERSTE, "melding-1", GEZIN, Route.NA_TRIAGE, "Vlaardingen",
                        RedenTerugmelding.ONVOLDOENDE_MIDDELEN, "Geen aanbod", FATIMA, NU.minusSeconds(10)))
                .when(voegToe())
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void r9_acceptingTheZaakAcceptsTheHandoversThatJoinedItBefore() {
        fixture.given(geopend(), gevoegd())
                .when(new AccepteerOverdracht(ZAAK, "Westwijk", FATIMA))
                .expectEvents(new OverdrachtGeaccepteerd(ZAAK, EERSTE, GEZIN, "Vlaardingen", FATIMA, NU, "Westwijk"),
                        new GevoegdeOverdrachtGeaccepteerd(ZAAK, TWEEDE, "melding-2", GEZIN, "Vlaardingen",
                                "Westwijk", FATIMA, NU))
                .expectScheduledDeadlineWithName(Ondersteuningsplan.procesbesprekingUiterlijkOp(NU),
                        Ondersteuningsplan.PROCESBESPREKING);
    }

    @Test
    void r9_aHandoverJoiningAZaakInTreatmentIsAcceptedByTheTeamThatHoldsIt() {
        fixture.given(geopend(), geaccepteerd(), gevoegd())
                .when(new AccepteerGevoegdeOverdracht(ZAAK, TWEEDE, FATIMA))
                .expectEvents(new GevoegdeOverdrachtGeaccepteerd(ZAAK, TWEEDE, "melding-2", GEZIN, "Vlaardingen",
                        "Westwijk", FATIMA, NU));
        // once only
        new GevoegdeOverdrachtenTest().fixture.given(geopend(), geaccepteerd(), gevoegd(),
                        new GevoegdeOverdrachtGeaccepteerd(ZAAK, TWEEDE, "melding-2", GEZIN, "Vlaardingen", "Westwijk",
                                FATIMA, NU.minusSeconds(5)))
                .when(new AccepteerGevoegdeOverdracht(ZAAK, TWEEDE, FATIMA))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R9"));
        // a handover the zaak does not hold
        new GevoegdeOverdrachtenTest().fixture.given(geopend(), geaccepteerd())
                .when(new AccepteerGevoegdeOverdracht(ZAAK, TWEEDE, FATIMA))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R10"));
    }

    @Test
    void r10_aWaitingHandoverIsSplitOffWithItsReasonIntoAZaakOfItsOwn() {
        OverdrachtAfgesplitst afgesplitst = new OverdrachtAfgesplitst(ZAAK, TWEEDE, "melding-2", GEZIN,
                Route.NA_TRIAGE, "Schiedam", null, NU.minusSeconds(120), DATAREF, OpenZaak.zaakIdVoor(TWEEDE),
                RedenAfsplitsing.ANDERE_GEMEENTE, "Gezin verhuisd naar Schiedam", FATIMA, NU, LEDEN);
        fixture.given(geopend(), geaccepteerd(), gevoegd())
                .when(new SplitsOverdrachtAf(ZAAK, TWEEDE, RedenAfsplitsing.ANDERE_GEMEENTE,
                        "Gezin verhuisd naar Schiedam", FATIMA))
                .expectResultMessagePayload(afgesplitst)
                .expectEvents(afgesplitst)
                .expectState(zaak -> assertThat(zaak.gevoegdeOverdrachten()).isEmpty());
        // an accepted handover is part of the zaak's plan: not split off any more
        new GevoegdeOverdrachtenTest().fixture.given(geopend(), geaccepteerd(), gevoegd(),
                        new GevoegdeOverdrachtGeaccepteerd(ZAAK, TWEEDE, "melding-2", GEZIN, "Vlaardingen", "Westwijk",
                                FATIMA, NU.minusSeconds(5)))
                .when(new SplitsOverdrachtAf(ZAAK, TWEEDE, RedenAfsplitsing.ANDERS, "Toch apart", FATIMA))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R9"));
    }

    @Test
    void r9_returningTheZaakReturnsEveryHandoverInItEachForItsOwnMelding() {
        ZaakTeruggemeld teruggemeld = new ZaakTeruggemeld(ZAAK, EERSTE, "melding-1", GEZIN, Route.NA_TRIAGE,
                "Vlaardingen", RedenTerugmelding.OVERSTIJGENDE_PROBLEMATIEK, "Te zwaar voor het wijkteam", FATIMA, NU);
        fixture.given(geopend(), geaccepteerd(), gevoegd())
                .when(new MeldTerug(ZAAK, RedenTerugmelding.OVERSTIJGENDE_PROBLEMATIEK, "Te zwaar voor het wijkteam",
                        FATIMA))
                .expectEvents(teruggemeld, new GevoegdeOverdrachtTeruggemeld(ZAAK, TWEEDE, "melding-2", GEZIN,
                        Route.NA_TRIAGE, "Schiedam", RedenTerugmelding.OVERSTIJGENDE_PROBLEMATIEK, NU));
    }

    private static VoegOverdrachtToe voegToe() {
        return new VoegOverdrachtToe(ZAAK, TWEEDE, "melding-2", Route.NA_TRIAGE, "Schiedam", null,
                NU.minusSeconds(120), DATAREF, LEDEN);
    }

    private static OverdrachtBijZaakGevoegd gevoegd() {
        return new OverdrachtBijZaakGevoegd(ZAAK, TWEEDE, "melding-2", GEZIN, Route.NA_TRIAGE, "Schiedam", null,
                NU.minusSeconds(120), DATAREF, NU, LEDEN);
    }

    private static ZaakGeopend geopend() {
        return new ZaakGeopend(ZAAK, EERSTE, "melding-1", GEZIN, Route.NA_TRIAGE, "Vlaardingen", null,
                NU.minusSeconds(7200), NU.minusSeconds(7000), null);
    }

    private static OverdrachtGeaccepteerd geaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK, EERSTE, GEZIN, "Vlaardingen", FATIMA, NU.minusSeconds(3600),
                "Westwijk");
    }
}
