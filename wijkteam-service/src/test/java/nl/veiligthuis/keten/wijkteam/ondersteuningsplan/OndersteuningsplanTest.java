package nl.veiligthuis.keten.wijkteam.ondersteuningsplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.platform.tijd.Klok;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.zaak.AccepteerOverdracht;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
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
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

class OndersteuningsplanTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");
    /** 42 calendar days after acceptance at NU, both in winter time. */
    private static final Instant UITERLIJK = Instant.parse("2027-01-04T09:00:00Z");
    private static final String OVERDRACHT_ID = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor(OVERDRACHT_ID);
    private static final String GEZIN_ID = "gezin-1";
    private static final String GEMEENTE = "Vlaardingen";
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final Medewerker JOOST = new Medewerker("Joost de Vries", "010-8765432");
    private static final String PERSPECTIEF = "Het gezin woont veilig samen";
    private static final Doel DOEL_1 = new Doel(1, "De ouders maken ruzie zonder geweld",
            "Over drie maanden geen politiemelding meer");
    private static final Doel DOEL_2 = new Doel(2, "De kinderen gaan elke dag naar school",
            "Over acht weken geen ongeoorloofd verzuim");
    private static final List<Doel> DOELEN = List.of(DOEL_1, DOEL_2);
    private static final List<Actie> ACTIES = List.of(
            new Actie(Partij.GEZIN, null, "Vader en moeder volgen samen een training", 1),
            new Actie(Partij.SCHOOL, null, "De mentor meldt verzuim dezelfde dag", 2));
    private static final String UITKOMST = "Voortgang; schuldhulp wordt aangevraagd";

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void r12_theProcessReviewIsDueSixWeeksAfterAcceptance() {
        // R12: "na zes weken brengt de regisseur de casus in het team in voor procesbespreking"
        fixture.given(zaakGeopend())
                .when(new AccepteerOverdracht(ZAAK_ID, "Westwijk", FATIMA))
                .expectSuccessfulHandlerExecution()
                .expectScheduledDeadlineWithName(UITERLIJK, Ondersteuningsplan.PROCESBESPREKING);
    }

    @Test
    void r12_theSixWeeksAreCalendarDaysInDutchTime() {
        // across the change to summer time the review stays at the same hour on the clock in the Netherlands
        assertThat(Ondersteuningsplan.procesbesprekingUiterlijkOp(Instant.parse("2027-03-01T09:00:00Z")))
                .isEqualTo(Instant.parse("2027-04-12T08:00:00Z"));
        assertThat(Ondersteuningsplan.procesbesprekingUiterlijkOp(NU)).isEqualTo(UITERLIJK)
                .isEqualTo(NU.plus(Duration.ofDays(42)));
    }

    @Test
    void r12_aMissedProcessReviewIsRecorded() {
        // R12: six weeks pass without a procesbespreking: recorded, never silently dropped
        fixture.givenCurrentTime(NU)
                .andGivenCommands(openZaak(), new AccepteerOverdracht(ZAAK_ID, "Westwijk", FATIMA))
                .whenThenTimeAdvancesTo(UITERLIJK)
                .expectEvents(new ProcesbesprekingTermijnVerstreken(ZAAK_ID, GEZIN_ID, UITERLIJK, UITERLIJK))
                .expectState(plan(plan -> assertThat(plan.procesbesprekingGemist()).isTrue()));
    }

    @Test
    void r12_aMissedProcessReviewIsNotRecordedADayEarly() {
        fixture.givenCurrentTime(NU)
                .andGivenCommands(openZaak(), new AccepteerOverdracht(ZAAK_ID, "Westwijk", FATIMA))
                .whenThenTimeAdvancesTo(UITERLIJK.minus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void r12_aReviewHeldInTimeCancelsTheTerm() {
        fixture.givenCurrentTime(NU)
                .andGivenCommands(openZaak(), new AccepteerOverdracht(ZAAK_ID, "Westwijk", FATIMA))
                .when(new HoudProcesbespreking(ZAAK_ID, NU, UITKOMST, FATIMA))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(new ProcesbesprekingGehouden(ZAAK_ID, GEZIN_ID, GEMEENTE, NU, UITKOMST, true, UITERLIJK,
                        FATIMA, NU))
                .expectNoScheduledDeadlines()
                .expectState(plan(plan -> assertThat(plan.procesbesprekingGemist()).isFalse()));
    }

    @Test
    void r12_aReviewHeldInTimeIsNeverReportedMissed() {
        fixture.givenCurrentTime(NU)
                .andGivenCommands(openZaak(), new AccepteerOverdracht(ZAAK_ID, "Westwijk", FATIMA),
                        new HoudProcesbespreking(ZAAK_ID, NU, UITKOMST, FATIMA))
                .whenThenTimeAdvancesTo(UITERLIJK.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void r12_aLateProcessReviewIsRecordedAsNotInTime() {
        Instant geaccepteerdOp = NU.minus(Duration.ofDays(50));
        Instant uiterlijk = Ondersteuningsplan.procesbesprekingUiterlijkOp(geaccepteerdOp);
        fixture.given(zaakGeopend(), geaccepteerd(geaccepteerdOp),
                        new ProcesbesprekingTermijnVerstreken(ZAAK_ID, GEZIN_ID, uiterlijk, uiterlijk))
                .when(new HoudProcesbespreking(ZAAK_ID, NU.minusSeconds(3600), UITKOMST, FATIMA))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectEvents(new ProcesbesprekingGehouden(ZAAK_ID, GEZIN_ID, GEMEENTE, NU.minusSeconds(3600),
                        UITKOMST, false, uiterlijk, FATIMA, NU))
                .expectState(plan(plan -> assertThat(plan.procesbesprekingGemist()).isFalse()));
    }

    @Test
    void r12_aReviewAfterTheTermIsNotInTimeEvenBeforeTheDeadlineFired() {
        Instant geaccepteerdOp = NU.minus(Duration.ofDays(43));
        Instant uiterlijk = Ondersteuningsplan.procesbesprekingUiterlijkOp(geaccepteerdOp);
        fixture.given(zaakGeopend(), geaccepteerd(geaccepteerdOp))
                .when(new HoudProcesbespreking(ZAAK_ID, NU, UITKOMST, FATIMA))
                .expectEvents(new ProcesbesprekingGehouden(ZAAK_ID, GEZIN_ID, GEMEENTE, NU, UITKOMST, false, uiterlijk,
                        FATIMA, NU));
    }

    @Test
    void r12_theProcessReviewIsHeldOnceNotInTheFutureAndNotBeforeTheStart() {
        Instant geaccepteerdOp = NU.minus(Duration.ofDays(10));
        Instant uiterlijk = Ondersteuningsplan.procesbesprekingUiterlijkOp(geaccepteerdOp);
        refused(fixture.given(zaakGeopend(), geaccepteerd(geaccepteerdOp), new ProcesbesprekingGehouden(ZAAK_ID,
                        GEZIN_ID, GEMEENTE, NU.minusSeconds(60), UITKOMST, true, uiterlijk, FATIMA, NU))
                .when(new HoudProcesbespreking(ZAAK_ID, NU, UITKOMST, FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(geaccepteerdOp))
                .when(new HoudProcesbespreking(ZAAK_ID, NU.plusSeconds(60), UITKOMST, FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(geaccepteerdOp))
                .when(new HoudProcesbespreking(ZAAK_ID, geaccepteerdOp.minusSeconds(60), UITKOMST, FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(geaccepteerdOp))
                .when(new HoudProcesbespreking(ZAAK_ID, NU, " ", FATIMA)));
    }

    @Test
    void r12_aZaakThatLeftTheTeamMissesNoProcessReview() {
        fixture.givenCurrentTime(NU)
                .andGivenCommands(openZaak(), new AccepteerOverdracht(ZAAK_ID, "Westwijk", FATIMA),
                        new MeldTerug(ZAAK_ID, RedenTerugmelding.GEEN_HULPVRAAG_BIJ_ONVEILIGHEID, "Geen hulpvraag",
                                FATIMA))
                .whenThenTimeAdvancesTo(UITERLIJK)
                .expectNoEvents();
    }

    @Test
    void r12_aPlanIsDrawnUpWithTheFamilyAndWaitsForTheTeamleider() {
        // R12: perspective, prioritised concrete goals, actions per party, made with the gezin; quality control
        fixture.given(zaakGeopend(), geaccepteerd(NU))
                .when(new StelOndersteuningsplanOp(ZAAK_ID, "  " + PERSPECTIEF + " ", List.of(DOEL_2, DOEL_1),
                        ACTIES, OpgesteldMet.MET_GEZIN, FATIMA))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1)
                .expectEvents(opgesteld(1, FATIMA))
                .expectState(plan(plan -> assertThat(plan.heeftGoedgekeurdPlan()).isFalse()));
    }

    @Test
    void r12_everyNewPlanIsANewVersion() {
        fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA), beoordeeld(1, Beoordeling.GOEDGEKEURD))
                .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, DOELEN, ACTIES,
                        OpgesteldMet.FAMILIEGROEPSPLAN, FATIMA))
                .expectResultMessagePayload(2)
                .expectEvents(new OndersteuningsplanOpgesteld(ZAAK_ID, GEZIN_ID, GEMEENTE, 2, PERSPECTIEF, DOELEN,
                        ACTIES, OpgesteldMet.FAMILIEGROEPSPLAN, FATIMA, NU))
                // the approved version stays in force while the new one waits
                .expectState(plan(plan -> assertThat(plan.heeftGoedgekeurdPlan()).isTrue()));
    }

    @Test
    void r12_goalsArePrioritisedOneToNEachOnce() {
        for (List<Doel> doelen : List.of(
                List.of(DOEL_1, new Doel(1, "Nog een doel", "Binnen een maand")),
                List.of(DOEL_1, new Doel(3, "Een doel", "Binnen een maand")),
                List.of(new Doel(0, "Een doel", "Binnen een maand")))) {
            refused(fixture.given(zaakGeopend(), geaccepteerd(NU))
                    .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, doelen,
                            List.of(new Actie(Partij.GEZIN, null, "Iets doen", 1)), OpgesteldMet.MET_GEZIN, FATIMA)));
        }
    }

    @Test
    void r12_everyGoalIsConcrete() {
        for (Doel doel : List.of(new Doel(1, "Het gaat beter", " "), new Doel(1, "Het gaat beter", null),
                new Doel(1, " ", "Over drie maanden"))) {
            refused(fixture.given(zaakGeopend(), geaccepteerd(NU))
                    .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, List.of(doel), List.of(ACTIES.get(0)),
                            OpgesteldMet.MET_GEZIN, FATIMA)));
        }
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU))
                .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, List.of(), ACTIES, OpgesteldMet.MET_GEZIN,
                        FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU))
                .when(new StelOndersteuningsplanOp(ZAAK_ID, " ", DOELEN, ACTIES, OpgesteldMet.MET_GEZIN, FATIMA)));
    }

    @Test
    void r12_actionsPerInvolvedPartyReferToAGoalOfThePlan() {
        for (List<Actie> acties : List.of(
                List.<Actie>of(),
                List.of(new Actie(Partij.WIJKTEAM, null, "Huisbezoek elke week", 3)),
                List.of(new Actie(null, null, "Huisbezoek elke week", 1)),
                List.of(new Actie(Partij.ANDERS, " ", "Haalt de oudste op", 1)),
                List.of(new Actie(Partij.NETWERK, null, " ", 1)))) {
            refused(fixture.given(zaakGeopend(), geaccepteerd(NU))
                    .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, DOELEN, acties, OpgesteldMet.MET_GEZIN,
                            FATIMA)));
        }
        List<Actie> metAnderePartij = List.of(new Actie(Partij.ANDERS, "Buurtsportcoach", "Haalt de oudste op", 2));
        fixture.given(zaakGeopend(), geaccepteerd(NU))
                .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, DOELEN, metAnderePartij,
                        OpgesteldMet.MET_GEZIN, FATIMA))
                .expectEvents(new OndersteuningsplanOpgesteld(ZAAK_ID, GEZIN_ID, GEMEENTE, 1, PERSPECTIEF, DOELEN,
                        metAnderePartij, OpgesteldMet.MET_GEZIN, FATIMA, NU));
    }

    @Test
    void r12_thePlanIsMadeWithTheFamily() {
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU))
                .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, DOELEN, ACTIES, null, FATIMA)));
    }

    @Test
    void issue14_r12_theOfferOfAFamiliegroepsplanIsRecordedWithTheGezinsAnswer() {
        // 001 Bijlage 1: "Zichtbaar moet zijn dat het gezin in de gelegenheid is gesteld een familiegroepsplan op te
        // stellen ... Als er geen familiegroepsplan is opgesteld, moet duidelijk zijn dat het gezin hiervan heeft
        // afgezien"
        LocalDate vandaag = LocalDate.ofInstant(NU, Klok.NEDERLAND);
        fixture.given(zaakGeopend(), geaccepteerd(NU.minus(Duration.ofDays(3))))
                .when(new BiedFamiliegroepsplanAan(ZAAK_ID, vandaag.minusDays(1), FamiliegroepsplanAntwoord.GEZIN_ZIET_AF,
                        "  Moeder wil eerst zelf met haar zus praten ", FATIMA))
                .expectEvents(new FamiliegroepsplanAangeboden(ZAAK_ID, GEZIN_ID, GEMEENTE, vandaag.minusDays(1),
                        FamiliegroepsplanAntwoord.GEZIN_ZIET_AF, "Moeder wil eerst zelf met haar zus praten", FATIMA,
                        NU));
    }

    @Test
    void issue14_r12_anOfferIsMadeWhileTheZaakIsInTreatmentOnADayOfIt() {
        LocalDate vandaag = LocalDate.ofInstant(NU, Klok.NEDERLAND);
        Instant gisteren = NU.minus(Duration.ofDays(1));
        // before the acceptance, in the future, without answer or medewerker, or after the zaak was returned
        refused(fixture.given(zaakGeopend(), geaccepteerd(gisteren))
                .when(new BiedFamiliegroepsplanAan(ZAAK_ID, vandaag.minusDays(2),
                        FamiliegroepsplanAntwoord.GEZIN_STELT_OP, null, FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(gisteren))
                .when(new BiedFamiliegroepsplanAan(ZAAK_ID, vandaag.plusDays(1),
                        FamiliegroepsplanAntwoord.GEZIN_STELT_OP, null, FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(gisteren))
                .when(new BiedFamiliegroepsplanAan(ZAAK_ID, vandaag, null, null, FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(gisteren))
                .when(new BiedFamiliegroepsplanAan(ZAAK_ID, vandaag, FamiliegroepsplanAntwoord.GEZIN_STELT_OP, null,
                        null)));
        refused(fixture.given(zaakGeopend())
                .when(new BiedFamiliegroepsplanAan(ZAAK_ID, vandaag, FamiliegroepsplanAntwoord.GEZIN_STELT_OP, null,
                        FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(gisteren), teruggemeld())
                .when(new BiedFamiliegroepsplanAan(ZAAK_ID, vandaag, FamiliegroepsplanAntwoord.GEZIN_STELT_OP, null,
                        FATIMA)));
    }

    @Test
    void r12_onlyAZaakInTreatmentGetsAPlan() {
        refused(fixture.given(zaakGeopend())
                .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, DOELEN, ACTIES, OpgesteldMet.MET_GEZIN,
                        FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), teruggemeld())
                .when(new StelOndersteuningsplanOp(ZAAK_ID, PERSPECTIEF, DOELEN, ACTIES, OpgesteldMet.MET_GEZIN,
                        FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA), teruggemeld())
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null, JOOST)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), teruggemeld())
                .when(new HoudProcesbespreking(ZAAK_ID, NU, UITKOMST, FATIMA)));
    }

    @Test
    void kwaliteit_theTeamleiderApprovesOrSendsBackWithComments() {
        // quality control: the teamleider reviews the ondersteuningsplan; the review is on the timeline
        fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null, JOOST))
                .expectResultMessagePayload(PlanStatus.GOEDGEKEURD)
                .expectEvents(beoordeeld(1, Beoordeling.GOEDGEKEURD))
                .expectState(plan(plan -> assertThat(plan.heeftGoedgekeurdPlan()).isTrue()));

        fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.TERUGGESTUURD, " Maak doel 2 concreet ",
                        JOOST))
                .expectResultMessagePayload(PlanStatus.TERUGGESTUURD)
                .expectEvents(new OndersteuningsplanBeoordeeld(ZAAK_ID, GEZIN_ID, GEMEENTE, 1,
                        Beoordeling.TERUGGESTUURD, "Maak doel 2 concreet", JOOST, NU))
                .expectState(plan(plan -> assertThat(plan.heeftGoedgekeurdPlan()).isFalse()));

        for (String geenOpmerkingen : new String[] {null, "", "  "}) {
            refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA))
                    .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.TERUGGESTUURD, geenOpmerkingen,
                            JOOST)));
        }
    }

    @Test
    void kwaliteit_fourEyesTheTeamleiderIsNotWhoDrewThePlanUp() {
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null,
                        new Medewerker("  fatima  EL amrani ", null))));
    }

    /** Issue 13 point 3: who is who is the token's subject; a typed name neither hides nor borrows a person. */
    @Test
    void issue13_fourEyesComparesTheTokensSubjectsNotTheTypedNames() {
        Medewerker fatima = new Medewerker("Fatima el Amrani", null, "sub-fatima");
        // the author's own token with another name typed in the body: still the author
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, fatima))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null,
                        new Medewerker("Joost de Vries", null, "sub-fatima"))));
        // another person who happens to share the author's name may review
        fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, fatima))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null,
                        new Medewerker("Fatima el Amrani", null, "sub-andere-fatima")))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void kwaliteit_onlyTheLatestVersionWaitingForReviewIsReviewed() {
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null, JOOST)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA), opgesteld(2, FATIMA))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.GOEDGEKEURD, null, JOOST)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA),
                        beoordeeld(1, Beoordeling.GOEDGEKEURD))
                .when(new BeoordeelOndersteuningsplan(ZAAK_ID, 1, Beoordeling.TERUGGESTUURD, "Toch niet", JOOST)));
    }

    @Test
    void r12_onlyAnApprovedPlanIsEvaluated() {
        List<DoelEvaluatie> evaluatie = List.of(new DoelEvaluatie(2, Stand.BEHAALD, null),
                new DoelEvaluatie(1, Stand.DEELS_BEHAALD, " Nog een melding "));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA))
                .when(new EvalueerOndersteuningsplan(ZAAK_ID, evaluatie, true, null, FATIMA)));
        refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA),
                        new OndersteuningsplanBeoordeeld(ZAAK_ID, GEZIN_ID, GEMEENTE, 1, Beoordeling.TERUGGESTUURD,
                                "Maak doel 2 concreet", JOOST, NU))
                .when(new EvalueerOndersteuningsplan(ZAAK_ID, evaluatie, true, null, FATIMA)));

        fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA), beoordeeld(1, Beoordeling.GOEDGEKEURD),
                        opgesteld(2, FATIMA))
                .when(new EvalueerOndersteuningsplan(ZAAK_ID, evaluatie, true, " Training verlengen ", FATIMA))
                .expectResultMessagePayload(1)
                .expectEvents(new OndersteuningsplanGeevalueerd(ZAAK_ID, GEZIN_ID, GEMEENTE, 1, List.of(
                        new DoelEvaluatie(1, Stand.DEELS_BEHAALD, "Nog een melding"),
                        new DoelEvaluatie(2, Stand.BEHAALD, null)), true, "Training verlengen", FATIMA, NU));
    }

    @Test
    void r12_anEvaluationCoversEveryGoalOfTheApprovedPlanOnce() {
        for (List<DoelEvaluatie> evaluatie : List.of(
                List.of(new DoelEvaluatie(1, Stand.BEHAALD, null)),
                List.of(new DoelEvaluatie(1, Stand.BEHAALD, null), new DoelEvaluatie(1, Stand.BEHAALD, null),
                        new DoelEvaluatie(2, Stand.BEHAALD, null)),
                List.of(new DoelEvaluatie(1, Stand.BEHAALD, null), new DoelEvaluatie(3, Stand.BEHAALD, null)),
                List.of(new DoelEvaluatie(1, Stand.BEHAALD, null), new DoelEvaluatie(2, null, null)))) {
            refused(fixture.given(zaakGeopend(), geaccepteerd(NU), opgesteld(1, FATIMA),
                            beoordeeld(1, Beoordeling.GOEDGEKEURD))
                    .when(new EvalueerOndersteuningsplan(ZAAK_ID, evaluatie, false, null, FATIMA)));
        }
    }

    private static void refused(ResultValidator<Zaak> resultaat) {
        resultaat.expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R12"))
                .expectNoEvents();
    }

    private static Consumer<Zaak> plan(Consumer<Ondersteuningsplan> controle) {
        return zaak -> assertThat(zaak).extracting("ondersteuningsplan")
                .isInstanceOfSatisfying(Ondersteuningsplan.class, controle);
    }

    private static OndersteuningsplanOpgesteld opgesteld(int versie, Medewerker medewerker) {
        return new OndersteuningsplanOpgesteld(ZAAK_ID, GEZIN_ID, GEMEENTE, versie, PERSPECTIEF, DOELEN, ACTIES,
                OpgesteldMet.MET_GEZIN, medewerker, NU);
    }

    private static OndersteuningsplanBeoordeeld beoordeeld(int versie, Beoordeling besluit) {
        return new OndersteuningsplanBeoordeeld(ZAAK_ID, GEZIN_ID, GEMEENTE, versie, besluit, null, JOOST, NU);
    }

    private static OpenZaak openZaak() {
        return new OpenZaak(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN_ID, Route.NA_TRIAGE, GEMEENTE, null,
                NU.minusSeconds(86_400), null);
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN_ID, Route.NA_TRIAGE, GEMEENTE, null,
                NU.minusSeconds(86_400), NU.minusSeconds(86_400), null);
    }

    private static OverdrachtGeaccepteerd geaccepteerd(Instant geaccepteerdOp) {
        return new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, GEZIN_ID, GEMEENTE, FATIMA, geaccepteerdOp,
                "Westwijk");
    }

    private static ZaakTeruggemeld teruggemeld() {
        return new ZaakTeruggemeld(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN_ID, Route.NA_TRIAGE, GEMEENTE,
                RedenTerugmelding.ONVOLDOENDE_MIDDELEN, "Geen passend aanbod", FATIMA, NU);
    }
}
