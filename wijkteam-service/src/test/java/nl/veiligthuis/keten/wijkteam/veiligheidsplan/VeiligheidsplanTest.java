package nl.veiligthuis.keten.wijkteam.veiligheidsplan;

import static nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel.ONVEILIG;
import static nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel.VEILIG;
import static nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel.ZORGELIJK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidGeregistreerd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MeldTerug;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VeiligheidsplanTest {

    /** 10:00 in Amsterdam (winter time). */
    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor("5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c");
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final Medewerker TEAMLEIDER = new Medewerker("Els Bakker", null);
    private static final Afspraak AFSPRAAK = new Afspraak("Vader verblijft niet in de woning",
            "Vader", "Casusregisseur", "Wekelijks op maandag");
    private static final String MAATREGELEN = "Bij een incident meldt school direct bij Veilig Thuis";
    private static final List<KindOordeel> START = List.of(
            new KindOordeel("kind-1", ONVEILIG, "Getuige van geweld"),
            new KindOordeel("kind-2", ZORGELIJK, "Slaapt slecht"));
    private static final Instant DRIE_MAANDEN = Instant.parse("2027-02-23T09:00:00Z");

    private final VerzetbareKlok klok = new VerzetbareKlok();

    /** A fresh fixture per scenario: a fixture keeps its scheduled deadlines and aggregate between scenarios. */
    private AggregateTestFixture<Zaak> fixture() {
        var fixture = new AggregateTestFixture<>(Zaak.class);
        fixture.registerInjectableResource(klok);
        return fixture;
    }

    @Test
    void r13_aPlanIsDrawnUpInForceAndWaitsForReview() {
        fixture().given(inBehandeling())
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1)
                .expectEvents(opgesteld(1, Dreiging.HOOG, NU, DRIE_MAANDEN, dagen(14)))
                .expectState(zaak -> {
                    Veiligheidsplan plan = plan(zaak);
                    assertThat(plan.inWerking()).isTrue();
                    assertThat(plan.verlopen()).isFalse();
                    assertThat(plan.laatsteOordeelPerKind()).isEqualTo(Map.of("kind-1", ONVEILIG, "kind-2", ZORGELIJK));
                    assertThat(plan.laatsteOordeelOp()).isEqualTo(NU);
                });
    }

    @Test
    void r13_theLeadTimeIsAtMostThreeMonths() {
        // exactly three calendar months (Europe/Amsterdam) is allowed, shorter too, longer not
        fixture().given(inBehandeling())
                .when(stelOp(Dreiging.MATIG, DRIE_MAANDEN))
                .expectSuccessfulHandlerExecution();
        fixture().given(inBehandeling())
                .when(stelOp(Dreiging.MATIG, DRIE_MAANDEN.plusSeconds(1)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        // and it ends in the future
        fixture().given(inBehandeling())
                .when(stelOp(Dreiging.MATIG, NU))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void r13_agreementsNameWhoIsResponsibleAndWhenIsReportedToWhom() {
        List<Afspraak> onvolledig = List.of(
                new Afspraak(" ", "Vader", "Casusregisseur", "Wekelijks"),
                new Afspraak("Vader verblijft elders", null, "Casusregisseur", "Wekelijks"),
                new Afspraak("Vader verblijft elders", "Vader", "", "Wekelijks"),
                new Afspraak("Vader verblijft elders", "Vader", "Casusregisseur", null));
        for (Afspraak afspraak : onvolledig) {
            fixture().given(inBehandeling())
                    .when(new StelVeiligheidsplanOp(ZAAK_ID, Dreiging.HOOG, List.of(AFSPRAAK, afspraak), MAATREGELEN,
                            START, DRIE_MAANDEN, FATIMA))
                    .expectExceptionDetails(new DomeinregelDetails("R13"))
                    .expectNoEvents();
        }
        fixture().given(inBehandeling())
                .when(new StelVeiligheidsplanOp(ZAAK_ID, Dreiging.HOOG, List.of(), MAATREGELEN, START, DRIE_MAANDEN,
                        FATIMA))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void r13_measuresForWhenAgreementsAreNotKeptAndAStartsituatieAreRequired() {
        fixture().given(inBehandeling())
                .when(new StelVeiligheidsplanOp(ZAAK_ID, Dreiging.HOOG, List.of(AFSPRAAK), " ", START, DRIE_MAANDEN,
                        FATIMA))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
        fixture().given(inBehandeling())
                .when(new StelVeiligheidsplanOp(ZAAK_ID, Dreiging.HOOG, List.of(AFSPRAAK), MAATREGELEN, List.of(),
                        DRIE_MAANDEN, FATIMA))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void r13_onlyAZaakInTreatmentGetsAVeiligheidsplan() {
        fixture().given(zaakGeopend())
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource({"ACUUT, 2026-11-30T09:00:00Z", "HOOG, 2026-12-07T09:00:00Z", "MATIG, 2026-12-21T09:00:00Z"})
    void r13_evaluationMomentsFollowTheSeverity(Dreiging ernst, Instant eersteEvaluatie) {
        fixture().given(inBehandeling())
                .when(stelOp(ernst, DRIE_MAANDEN))
                .expectEvents(opgesteld(1, ernst, NU, DRIE_MAANDEN, eersteEvaluatie))
                .expectScheduledDeadlineWithName(eersteEvaluatie, Veiligheidsplan.EVALUATIE)
                .expectScheduledDeadlineWithName(DRIE_MAANDEN, Veiligheidsplan.EINDE);
    }

    @Test
    void r13_anEvaluationMomentNeverFallsAfterTheEndOfThePlan() {
        Instant eindigtOp = NU.plus(Duration.ofDays(10));
        fixture().given(inBehandeling())
                .when(stelOp(Dreiging.MATIG, eindigtOp))
                .expectEvents(opgesteld(1, Dreiging.MATIG, NU, eindigtOp, eindigtOp))
                .expectScheduledDeadlineWithName(eindigtOp, Veiligheidsplan.EVALUATIE);
    }

    @Test
    void r13_aMissedEvaluationIsRecorded() {
        fixture().givenCurrentTime(NU)
                .andGiven(inBehandeling())
                .andGivenCommands(stelOp(Dreiging.ACUUT, DRIE_MAANDEN))
                .whenThenTimeAdvancesTo(dagen(7))
                .expectEvents(new VeiligheidsplanEvaluatieGemist(ZAAK_ID, "gezin-1", "Vlaardingen", 1, dagen(7), NU))
                .expectState(zaak -> assertThat(plan(zaak).inWerking()).isTrue());
    }

    @Test
    void r13_anEvaluationInTimeMovesTheMomentSoNothingIsMissed() {
        var gegeven = fixture().givenCurrentTime(NU)
                .andGiven(inBehandeling())
                .andGivenCommands(stelOp(Dreiging.ACUUT, DRIE_MAANDEN));
        klok.zet(dagen(5));
        gegeven.andGivenCommands(evalueer(List.of(new KindOordeel("kind-1", ZORGELIJK, "Rustiger"),
                        new KindOordeel("kind-2", ZORGELIJK, "Idem")), true, "Wekelijks huisbezoek"))
                .whenThenTimeAdvancesTo(dagen(8))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(dagen(12), Veiligheidsplan.EVALUATIE);
    }

    @Test
    void r13_anExpiredPlanIsRecordedAndNoLongerInForce() {
        Instant eindigtOp = dagen(10);
        fixture().givenCurrentTime(NU)
                .andGiven(inBehandeling())
                .andGivenCommands(stelOp(Dreiging.ACUUT, eindigtOp))
                .whenThenTimeAdvancesTo(eindigtOp)
                .expectEvents(new VeiligheidsplanEvaluatieGemist(ZAAK_ID, "gezin-1", "Vlaardingen", 1, dagen(7), NU),
                        new VeiligheidsplanVerlopen(ZAAK_ID, "gezin-1", "Vlaardingen", 1, eindigtOp, NU))
                .expectState(zaak -> {
                    assertThat(plan(zaak).inWerking()).isFalse();
                    assertThat(plan(zaak).verlopen()).isTrue();
                });
    }

    @Test
    void r13_anExpiredPlanIsNotEvaluatedButReplacedOrEnded() {
        Instant eindigtOp = dagen(10);
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU.minus(Duration.ofDays(11)),
                        NU.minus(Duration.ofDays(1)), NU.minus(Duration.ofDays(4))),
                new VeiligheidsplanVerlopen(ZAAK_ID, "gezin-1", "Vlaardingen", 1, NU.minus(Duration.ofDays(1)), NU)))
                .when(evalueer(List.of(new KindOordeel("kind-1", VEILIG, "Rust"), new KindOordeel("kind-2", VEILIG,
                        "Rust")), true, null))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU.minus(Duration.ofDays(11)),
                        NU.minus(Duration.ofDays(1)), NU.minus(Duration.ofDays(4))),
                new VeiligheidsplanVerlopen(ZAAK_ID, "gezin-1", "Vlaardingen", 1, NU.minus(Duration.ofDays(1)), NU)))
                .when(stelOp(Dreiging.ACUUT, eindigtOp))
                .expectEvents(opgesteld(2, Dreiging.ACUUT, NU, eindigtOp, dagen(7)))
                .expectState(zaak -> assertThat(plan(zaak).inWerking()).isTrue());
    }

    @Test
    void r13_aNewVersieReplacesThePlanAndItsTerms() {
        Instant eindigtOp = dagen(10);
        fixture().givenCurrentTime(NU)
                .andGiven(inBehandeling())
                .andGivenCommands(stelOp(Dreiging.ACUUT, eindigtOp))
                .when(stelOp(Dreiging.MATIG, DRIE_MAANDEN))
                .expectResultMessagePayload(2)
                .expectEvents(opgesteld(2, Dreiging.MATIG, NU, DRIE_MAANDEN, dagen(28)))
                .expectNoScheduledDeadlineWithName(dagen(7), Veiligheidsplan.EVALUATIE)
                .expectNoScheduledDeadlineWithName(eindigtOp, Veiligheidsplan.EINDE)
                .expectScheduledDeadlineWithName(dagen(28), Veiligheidsplan.EVALUATIE)
                .expectScheduledDeadlineWithName(DRIE_MAANDEN, Veiligheidsplan.EINDE);
    }

    @Test
    void r13_theEvaluationComparesStartAndCurrentSafety() {
        Instant opgesteldOp = NU.minus(Duration.ofDays(6));
        // kind-3 is registered after the plan was drawn up; the evaluation judges it as new
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, opgesteldOp, DRIE_MAANDEN,
                        opgesteldOp.plus(Duration.ofDays(7))), gezinslid("kind-3", GezinslidRol.KIND)))
                .when(evalueer(List.of(new KindOordeel("kind-1", ZORGELIJK, "Geen incidenten meer"),
                        new KindOordeel("kind-2", ONVEILIG, "Vertelt over dreigingen"),
                        new KindOordeel("kind-3", VEILIG, "Halfbroer, net ingeschreven")), true,
                        "Vader krijgt een contactverbod voor het huis"))
                .expectEvents(new VeiligheidsplanGeevalueerd(ZAAK_ID, "gezin-1", "Vlaardingen", 1, List.of(
                        new KindVergelijking("kind-1", ONVEILIG, ZORGELIJK, Verloop.VERBETERD),
                        new KindVergelijking("kind-2", ZORGELIJK, ONVEILIG, Verloop.VERSLECHTERD),
                        new KindVergelijking("kind-3", null, VEILIG, Verloop.NIEUW)), true,
                        "Vader krijgt een contactverbod voor het huis", NU, dagen(7), true, FATIMA))
                .expectScheduledDeadlineWithName(dagen(7), Veiligheidsplan.EVALUATIE)
                .expectState(zaak -> {
                    assertThat(plan(zaak).laatsteOordeelPerKind())
                            .isEqualTo(Map.of("kind-1", ZORGELIJK, "kind-2", ONVEILIG, "kind-3", VEILIG));
                    assertThat(plan(zaak).laatsteOordeelOp()).isEqualTo(NU);
                });
        assertThat(Verloop.van(ZORGELIJK, ZORGELIJK)).isEqualTo(Verloop.GELIJK);
        assertThat(Verloop.van(ONVEILIG, VEILIG)).isEqualTo(Verloop.VERBETERD);
        assertThat(Verloop.van(VEILIG, ZORGELIJK)).isEqualTo(Verloop.VERSLECHTERD);
    }

    @Test
    void r13_aPlanConcernsRegisteredChildrenOnly() {
        // a lidId the intake never registered
        fixture().given(inBehandeling())
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN, List.of(new KindOordeel("kind-1", ONVEILIG, "Getuige"),
                        new KindOordeel("kind-2", ZORGELIJK, "Slaapt slecht"),
                        new KindOordeel("kind-9", ZORGELIJK, "Onbekend"))))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectExceptionMessage(containsString("alleen kinderen die bij de intake"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        // a registered gezinslid that is not a child
        fixture().given(inBehandeling(gezinslid("lid-vader", GezinslidRol.OUDER)))
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN, List.of(new KindOordeel("kind-1", ONVEILIG, "Getuige"),
                        new KindOordeel("kind-2", ZORGELIJK, "Slaapt slecht"),
                        new KindOordeel("lid-vader", ZORGELIJK, "Pleger"))))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectExceptionMessage(containsString("alleen kinderen die bij de intake"))
                .expectNoEvents();
        // no children registered at all
        fixture().given(zaakGeopend(), geaccepteerd())
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectExceptionMessage(containsString("alleen kinderen die bij de intake"))
                .expectNoEvents();
        // the evaluation judges registered children only too
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7)),
                        gezinslid("lid-vader", GezinslidRol.OUDER)))
                .when(evalueer(List.of(new KindOordeel("kind-1", VEILIG, "Rust"),
                        new KindOordeel("kind-2", VEILIG, "Rust"),
                        new KindOordeel("kind-9", VEILIG, "Onbekend")), true, null))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectExceptionMessage(containsString("alleen kinderen die bij de intake"))
                .expectNoEvents();
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7)),
                        gezinslid("lid-vader", GezinslidRol.OUDER)))
                .when(evalueer(List.of(new KindOordeel("kind-1", VEILIG, "Rust"),
                        new KindOordeel("kind-2", VEILIG, "Rust"),
                        new KindOordeel("lid-vader", VEILIG, "Rustiger")), true, null))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectExceptionMessage(containsString("alleen kinderen die bij de intake"))
                .expectNoEvents();
    }

    @Test
    void r13_theStartsituatieCoversEveryChild() {
        // kind-3 is registered but left out of the startsituatie
        fixture().given(inBehandeling(gezinslid("kind-3", GezinslidRol.KIND)))
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectExceptionMessage(containsString("beoordeelt ook: [kind-3]"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        fixture().given(inBehandeling())
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN, List.of(new KindOordeel("kind-1", ONVEILIG, "Getuige"))))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectExceptionMessage(containsString("beoordeelt ook: [kind-2]"))
                .expectNoEvents();
        // every child, and only children: an adult gezinslid need not be judged
        fixture().given(inBehandeling(gezinslid("lid-vader", GezinslidRol.OUDER)))
                .when(stelOp(Dreiging.HOOG, DRIE_MAANDEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opgesteld(1, Dreiging.HOOG, NU, DRIE_MAANDEN, dagen(14)));
    }

    @Test
    void r13_everyChildOfTheStartsituatieIsEvaluated() {
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(evalueer(List.of(new KindOordeel("kind-1", VEILIG, "Rust")), true, null))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void r13_aLateEvaluationIsNotInTime() {
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU.minus(Duration.ofDays(9)), DRIE_MAANDEN,
                                NU.minus(Duration.ofDays(2))),
                        new VeiligheidsplanEvaluatieGemist(ZAAK_ID, "gezin-1", "Vlaardingen", 1,
                                NU.minus(Duration.ofDays(2)), NU.minus(Duration.ofDays(2)))))
                .when(evalueer(List.of(new KindOordeel("kind-1", VEILIG, "Rust"),
                        new KindOordeel("kind-2", VEILIG, "Rust")), true, null))
                .expectEvents(new VeiligheidsplanGeevalueerd(ZAAK_ID, "gezin-1", "Vlaardingen", 1, List.of(
                        new KindVergelijking("kind-1", ONVEILIG, VEILIG, Verloop.VERBETERD),
                        new KindVergelijking("kind-2", ZORGELIJK, VEILIG, Verloop.VERBETERD)), true, null, NU,
                        dagen(7), false, FATIMA));
    }

    @Test
    void r13_measuresAreRequiredWhileAChildIsNotSafe() {
        List<KindOordeel> nietVeilig = List.of(new KindOordeel("kind-1", ZORGELIJK, "Rustiger"),
                new KindOordeel("kind-2", VEILIG, "Rust"));
        List<KindOordeel> veilig = List.of(new KindOordeel("kind-1", VEILIG, "Rust"),
                new KindOordeel("kind-2", VEILIG, "Rust"));
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(evalueer(nietVeilig, true, " "))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
        // agreements that were not kept ask for measures too
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(evalueer(veilig, false, null))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(evalueer(veilig, true, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void kwaliteit_theTeamleiderApprovesOrSendsBack() {
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(new BeoordeelVeiligheidsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectEvents(new VeiligheidsplanBeoordeeld(ZAAK_ID, "gezin-1", "Vlaardingen", 1,
                        Beoordeling.GOEDGEKEURD, null, NU, TEAMLEIDER));
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(new BeoordeelVeiligheidsplan(ZAAK_ID, 1, Beoordeling.TERUGGESTUURD,
                        " Maak de rapportage concreet ", TEAMLEIDER))
                .expectEvents(new VeiligheidsplanBeoordeeld(ZAAK_ID, "gezin-1", "Vlaardingen", 1,
                        Beoordeling.TERUGGESTUURD, "Maak de rapportage concreet", NU, TEAMLEIDER));
        // sent back without comments: refused
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(new BeoordeelVeiligheidsplan(ZAAK_ID, 1, Beoordeling.TERUGGESTUURD, " ", TEAMLEIDER))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void kwaliteit_onlyTheLatestVersieWaitingIsReviewedOnce() {
        VeiligheidsplanBeoordeeld goedgekeurd = new VeiligheidsplanBeoordeeld(ZAAK_ID, "gezin-1", "Vlaardingen", 1,
                Beoordeling.GOEDGEKEURD, null, NU, TEAMLEIDER);
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7)),
                        goedgekeurd))
                .when(new BeoordeelVeiligheidsplan(ZAAK_ID, 1, Beoordeling.TERUGGESTUURD, "Toch niet", TEAMLEIDER))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7)),
                        opgesteld(2, Dreiging.HOOG, NU, DRIE_MAANDEN, dagen(14))))
                .when(new BeoordeelVeiligheidsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void kwaliteit_fourEyesTheAuthorDoesNotReviewTheirOwnPlan() {
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(new BeoordeelVeiligheidsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null,
                        new Medewerker("  fatima  EL amrani ", null)))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void r13_endingBecauseSafetyIsRestoredRequiresAnEvaluationJudgingEveryChildSafe() {
        BeeindigVeiligheidsplan hersteld = new BeeindigVeiligheidsplan(ZAAK_ID, RedenBeeindiging.VEILIGHEID_HERSTELD,
                "Alle kinderen veilig", FATIMA);
        // without any evaluation
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .when(hersteld)
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
        // the latest evaluation still saw a child not safe
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7)),
                        geevalueerd(VEILIG, ZORGELIJK)))
                .when(hersteld)
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7)),
                        geevalueerd(VEILIG, VEILIG)))
                .when(hersteld)
                .expectEvents(new VeiligheidsplanBeeindigd(ZAAK_ID, "gezin-1", "Vlaardingen", 1,
                        RedenBeeindiging.VEILIGHEID_HERSTELD, "Alle kinderen veilig", NU, FATIMA))
                .expectState(zaak -> assertThat(plan(zaak).inWerking()).isFalse());
    }

    @Test
    void r13_endingCancelsBothTermsAndEndsOnce() {
        BeeindigVeiligheidsplan jeugdbescherming = new BeeindigVeiligheidsplan(ZAAK_ID,
                RedenBeeindiging.VERVANGEN_DOOR_JEUGDBESCHERMING, "Ondertoezichtstelling", FATIMA);
        fixture().givenCurrentTime(NU)
                .andGiven(inBehandeling())
                .andGivenCommands(stelOp(Dreiging.ACUUT, DRIE_MAANDEN))
                .when(jeugdbescherming)
                .expectEvents(new VeiligheidsplanBeeindigd(ZAAK_ID, "gezin-1", "Vlaardingen", 1,
                        RedenBeeindiging.VERVANGEN_DOOR_JEUGDBESCHERMING, "Ondertoezichtstelling", NU, FATIMA))
                .expectNoScheduledDeadlines();
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7)),
                        new VeiligheidsplanBeeindigd(ZAAK_ID, "gezin-1", "Vlaardingen", 1,
                                RedenBeeindiging.VERVANGEN_DOOR_JEUGDBESCHERMING, "Ots", NU, FATIMA)))
                .when(jeugdbescherming)
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    @Test
    void r13_aReturnedZaakRecordsNothingWhenTheTermsPass() {
        fixture().givenCurrentTime(NU)
                .andGiven(inBehandeling())
                .andGivenCommands(stelOp(Dreiging.ACUUT, dagen(10)),
                        new MeldTerug(ZAAK_ID, RedenTerugmelding.OVERSTIJGENDE_PROBLEMATIEK, "Te zwaar", FATIMA))
                .whenThenTimeAdvancesTo(dagen(10))
                .expectNoEvents();
        fixture().given(inBehandeling(opgesteld(1, Dreiging.ACUUT, NU, DRIE_MAANDEN, dagen(7))))
                .andGivenCommands(new MeldTerug(ZAAK_ID, RedenTerugmelding.OVERSTIJGENDE_PROBLEMATIEK, "Te zwaar",
                        FATIMA))
                .when(evalueer(List.of(new KindOordeel("kind-1", VEILIG, "Rust"), new KindOordeel("kind-2", VEILIG,
                        "Rust")), true, null))
                .expectExceptionDetails(new DomeinregelDetails("R13"))
                .expectNoEvents();
    }

    private static Veiligheidsplan plan(Zaak zaak) {
        try {
            var veld = Zaak.class.getDeclaredField("veiligheidsplan");
            veld.setAccessible(true);
            return (Veiligheidsplan) veld.get(zaak);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant dagen(int dagen) {
        return NU.plus(Duration.ofDays(dagen));
    }

    private static StelVeiligheidsplanOp stelOp(Dreiging ernst, Instant eindigtOp) {
        return stelOp(ernst, eindigtOp, START);
    }

    private static StelVeiligheidsplanOp stelOp(Dreiging ernst, Instant eindigtOp, List<KindOordeel> startsituatie) {
        return new StelVeiligheidsplanOp(ZAAK_ID, ernst, List.of(AFSPRAAK), MAATREGELEN, startsituatie, eindigtOp,
                FATIMA);
    }

    private static EvalueerVeiligheidsplan evalueer(List<KindOordeel> huidig, boolean nagekomen, String maatregelen) {
        return new EvalueerVeiligheidsplan(ZAAK_ID, huidig, nagekomen, maatregelen, FATIMA);
    }

    private static VeiligheidsplanOpgesteld opgesteld(int versie, Dreiging ernst, Instant opgesteldOp,
                                                      Instant eindigtOp, Instant eersteEvaluatieOp) {
        return new VeiligheidsplanOpgesteld(ZAAK_ID, "gezin-1", "Vlaardingen", versie, ernst, List.of(AFSPRAAK),
                MAATREGELEN, START, opgesteldOp, eindigtOp, eersteEvaluatieOp, FATIMA);
    }

    private static VeiligheidsplanGeevalueerd geevalueerd(Veiligheidsoordeel kind1, Veiligheidsoordeel kind2) {
        return new VeiligheidsplanGeevalueerd(ZAAK_ID, "gezin-1", "Vlaardingen", 1, List.of(
                new KindVergelijking("kind-1", ONVEILIG, kind1, Verloop.van(ONVEILIG, kind1)),
                new KindVergelijking("kind-2", ZORGELIJK, kind2, Verloop.van(ZORGELIJK, kind2))), true, "Huisbezoek",
                NU, dagen(7), true, FATIMA);
    }

    /** A zaak in treatment whose intake registered the children of {@link #START}, then what follows. */
    private static Object[] inBehandeling(Object... verder) {
        List<Object> gegeven = new ArrayList<>(List.of(zaakGeopend(), geaccepteerd(),
                gezinslid("kind-1", GezinslidRol.KIND), gezinslid("kind-2", GezinslidRol.KIND)));
        gegeven.addAll(Arrays.asList(verder));
        return gegeven.toArray();
    }

    private static GezinslidGeregistreerd gezinslid(String lidId, GezinslidRol rol) {
        return new GezinslidGeregistreerd(ZAAK_ID, "gezin-1", "Vlaardingen", lidId, rol, null, null, FATIMA,
                NU.minus(Duration.ofDays(1)));
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c", "melding-1", "gezin-1",
                Route.NA_TRIAGE, "Vlaardingen", null, NU.minus(Duration.ofDays(3)), NU.minus(Duration.ofDays(3)),
                null);
    }

    private static OverdrachtGeaccepteerd geaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK_ID, "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c", "gezin-1", "Vlaardingen",
                FATIMA, NU.minus(Duration.ofDays(2)), "Westwijk");
    }

    /** A fixed clock a test can move, for what happens between two commands. */
    private static final class VerzetbareKlok extends Clock {

        private Instant nu = NU;

        void zet(Instant moment) {
            nu = moment;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(nu, zone);
        }

        @Override
        public Instant instant() {
            return nu;
        }
    }
}
