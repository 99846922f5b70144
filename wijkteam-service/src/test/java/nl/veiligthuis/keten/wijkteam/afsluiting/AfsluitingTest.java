package nl.veiligthuis.keten.wijkteam.afsluiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.intake.GenoemdGezinslid;
import nl.veiligthuis.keten.wijkteam.intake.GesprekVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidGeregistreerd;
import nl.veiligthuis.keten.wijkteam.intake.GezinslidRol;
import nl.veiligthuis.keten.wijkteam.intake.VeiligheidsinschattingVastgelegd;
import nl.veiligthuis.keten.wijkteam.intake.Veiligheidsinstrument;
import nl.veiligthuis.keten.wijkteam.intake.ZrmDomein;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtAfgesloten;
import nl.veiligthuis.keten.wijkteam.gezinsregie.GevoegdeOverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtBijZaakGevoegd;
import nl.veiligthuis.keten.wijkteam.intake.ZrmMoment;
import nl.veiligthuis.keten.wijkteam.intake.ZrmVastgelegd;
import nl.veiligthuis.keten.wijkteam.nazorg.Nazorg;
import nl.veiligthuis.keten.wijkteam.nazorg.NazorgDoor;
import nl.veiligthuis.keten.wijkteam.opschaling.RedenOpschaling;
import nl.veiligthuis.keten.wijkteam.opschaling.Tafel;
import nl.veiligthuis.keten.wijkteam.opschaling.ZaakOpgeschaald;
import nl.veiligthuis.keten.wijkteam.opschaling.Zichthouder;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.Afspraak;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.Dreiging;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.KindOordeel;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.KindVergelijking;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.RedenBeeindiging;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanBeeindigd;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanGeevalueerd;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.VeiligheidsplanOpgesteld;
import nl.veiligthuis.keten.wijkteam.veiligheidsplan.Verloop;
import nl.veiligthuis.keten.wijkteam.zaak.Beoordeling;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.MeldTerug;
import nl.veiligthuis.keten.wijkteam.zaak.OpenZaak;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Regisseur;
import nl.veiligthuis.keten.wijkteam.zaak.RegisseurToegewezen;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.WijsRegisseurToe;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class AfsluitingTest {

    private static final Instant NU = Instant.parse("2027-05-10T09:00:00Z");
    private static final String OVERDRACHT_ID = "5c9e2f1a-7b3d-4e8f-a1c2-3d4e5f6a7b8c";
    private static final String ZAAK_ID = OpenZaak.zaakIdVoor(OVERDRACHT_ID);
    private static final String GEZIN = "gezin-1";
    private static final String MOEDER = "lid-moeder";
    private static final String KIND = "lid-kind";
    private static final String GEVOEGD = "6f1d2c3b-4a5e-4f60-9b7c-8d9e0f1a2b3c";
    private static final Medewerker FATIMA = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final Medewerker TEAMLEIDER = new Medewerker("Ria Vermeulen", null);
    /** Issue 14 point 7: no nazorg proposed, so the casusregisseur watches for three months from the approval. */
    private static final Nazorg STANDAARD_NAZORG = new Nazorg(NazorgDoor.CASUSREGISSEUR, null,
            java.time.LocalDate.parse("2027-08-10"));
    private static final String ONDERBOUWING = "Beide kinderen gesproken; LIRIK herhaald, oordeel veilig";

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);

    @Test
    void r16_aZaakWithAnUnsafeChildCannotBeClosed() {
        // R16: let go only when it is safe (omgekeerde bewijslast)
        for (Veiligheidsoordeel oordeel : List.of(Veiligheidsoordeel.ONVEILIG, Veiligheidsoordeel.ZORGELIJK)) {
            weigert(inBehandelingMet(oordeel(oordeel), zrm(ZrmMoment.START), zrm(ZrmMoment.EIND)),
                    voorstel(Uitkomst.ZELFSTANDIG_VERDER), "R16");
        }
    }

    @Test
    void r16_aChildWhoseSafetyWasNeverAssessedIsNotEstablishedSafe() {
        weigert(inBehandelingMet(zrm(ZrmMoment.START), zrm(ZrmMoment.EIND)), voorstel(Uitkomst.ZELFSTANDIG_VERDER),
                "R16");
    }

    @Test
    void r16_withoutGezinsledenNobodysSafetyIsEstablished() {
        fixture.given(zaakGeopend(), geaccepteerd())
                .when(voorstel(Uitkomst.GEEN_HULPVRAAG))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R16"))
                .expectNoEvents();
    }

    @Test
    void r16_geenHulpvraagWithRemainingRiskIsAReturnToVeiligThuisNotAClosing() {
        List<Object> zaak = inBehandelingMet(oordeel(Veiligheidsoordeel.ZORGELIJK));
        fixture.given(zaak)
                .when(voorstel(Uitkomst.GEEN_HULPVRAAG))
                .expectException(CommandExecutionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("GEEN_HULPVRAAG_BIJ_ONVEILIGHEID"))
                .expectNoEvents();
        fixture.given(zaak)
                .when(new MeldTerug(ZAAK_ID, RedenTerugmelding.GEEN_HULPVRAAG_BIJ_ONVEILIGHEID,
                        "Moeder wil geen hulp; de zorgen blijven", FATIMA))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void r16_geenHulpvraagIsAllowedWhenEveryChildIsSafeWithoutAnEndZrm() {
        fixture.given(inBehandelingMet(oordeel(Veiligheidsoordeel.VEILIG)))
                .when(voorstel(Uitkomst.GEEN_HULPVRAAG))
                .expectEvents(voorgesteld(Uitkomst.GEEN_HULPVRAAG, null));
    }

    @Test
    void r11_issue14_aZaakIsNotClosedWhileAChildHasNeitherAConversationNorAReasonWhyNot() {
        // 001 §3.3.2: "afgesloten ... zonder dat met de kinderen is gesproken"
        List<Object> zonderGesprek = new ArrayList<>(veiligMetZrm());
        zonderGesprek.removeIf(GesprekVastgelegd.class::isInstance);
        fixture.given(zonderGesprek)
                .when(voorstel(Uitkomst.ZELFSTANDIG_VERDER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R11"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("kind " + KIND))
                .expectNoEvents();
        zonderGesprek.add(new GesprekVastgelegd(ZAAK_ID, GEZIN, "Vlaardingen", KIND, GezinslidRol.KIND, false, null,
                nl.veiligthuis.keten.wijkteam.intake.RedenNietGesproken.WEIGERT_GESPREK, null, FATIMA,
                NU.minusSeconds(1_000)));
        fixture.given(zonderGesprek)
                .when(voorstel(Uitkomst.ZELFSTANDIG_VERDER))
                .expectEvents(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null));
    }

    @Test
    void r16_issue14_aChildVeiligThuisNamedAndTheTeamNeverRegisteredKeepsTheZaakOpen() {
        // the team registered the mother and one child; the handover also named a second child
        String tweedeKind = "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b";
        List<Object> zaak = new ArrayList<>(veiligMetZrm());
        zaak.set(0, new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN, Route.NA_ONDERZOEK, "Vlaardingen",
                "onderzoek-1", NU.minusSeconds(100_000), NU.minusSeconds(99_000), null,
                List.of(new GenoemdGezinslid(tweedeKind, GezinslidRol.KIND))));
        for (Uitkomst uitkomst : List.of(Uitkomst.GEEN_HULPVRAAG, Uitkomst.ZELFSTANDIG_VERDER)) {
            fixture.given(zaak)
                    .when(voorstel(uitkomst))
                    .expectException(CommandExecutionException.class)
                    .expectExceptionDetails(new DomeinregelDetails("R16"))
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString(tweedeKind))
                    .expectNoEvents();
        }
        zaak.add(new GezinslidGeregistreerd(ZAAK_ID, GEZIN, "Vlaardingen", "lid-tweede-kind", GezinslidRol.KIND,
                tweedeKind, null, FATIMA, NU.minusSeconds(40_000)));
        zaak.add(gesprek("lid-tweede-kind"));
        zaak.add(new VeiligheidsinschattingVastgelegd(ZAAK_ID, GEZIN, "Vlaardingen", "lid-tweede-kind",
                Veiligheidsinstrument.ETM, Veiligheidsoordeel.VEILIG, "Gesproken op school", FATIMA,
                NU.minusSeconds(30_000)));
        fixture.given(zaak)
                .when(voorstel(Uitkomst.ZELFSTANDIG_VERDER))
                .expectEvents(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null));
    }

    @Test
    void r16_issue14_theTeamleiderCannotApproveAClosingOnceAJoinedHandoverNamedAnotherChild() {
        String anderKind = "8b4c6d3e-5f7a-4b9c-8d1e-2f3a4b5c6d7e";
        fixture.given(veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null),
                        new OverdrachtBijZaakGevoegd(ZAAK_ID, GEVOEGD, "melding-2", GEZIN, Route.NA_TRIAGE,
                                "Vlaardingen", null, NU.minusSeconds(500), null, NU.minusSeconds(500),
                                List.of(new GenoemdGezinslid(anderKind, GezinslidRol.KIND))),
                        new GevoegdeOverdrachtGeaccepteerd(ZAAK_ID, GEVOEGD, "melding-2", GEZIN, "Vlaardingen",
                                "Westwijk", FATIMA, NU.minusSeconds(400))))
                .when(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R16"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(anderKind))
                .expectNoEvents();
    }

    @Test
    void r16_aFollowUpNamesWhichFollowUpIsArranged() {
        weigert(veiligMetZrm(), new StelAfsluitingVoor(ZAAK_ID, Uitkomst.VERVOLG_GEREGELD, " ", ONDERBOUWING,
                List.of(), FATIMA), "R16");
        fixture.given(veiligMetZrm())
                .when(new StelAfsluitingVoor(ZAAK_ID, Uitkomst.VERVOLG_GEREGELD, "Gezinscoach blijft betrokken",
                        ONDERBOUWING, List.of(), FATIMA))
                .expectEvents(voorgesteld(Uitkomst.VERVOLG_GEREGELD, "Gezinscoach blijft betrokken"));
    }

    @Test
    void r11_closingAfterHelpNeedsTheZrmAtTheEnd() {
        weigert(inBehandelingMet(oordeel(Veiligheidsoordeel.VEILIG), zrm(ZrmMoment.START)),
                voorstel(Uitkomst.ZELFSTANDIG_VERDER), "R11");
    }

    @Test
    void r13_aVeiligheidsplanInForceIsEndedBeforeClosing() {
        weigert(inBehandelingMet(oordeel(Veiligheidsoordeel.VEILIG), zrm(ZrmMoment.START), zrm(ZrmMoment.EIND),
                veiligheidsplan()), voorstel(Uitkomst.ZELFSTANDIG_VERDER), "R13");
    }

    @Test
    void r13_r16_anEvaluationThatJudgesTheChildSafeAndTheEndOfThePlanLetTheZaakClose() {
        fixture.given(inBehandelingMet(oordeel(Veiligheidsoordeel.ONVEILIG), zrm(ZrmMoment.START),
                        zrm(ZrmMoment.EIND), veiligheidsplan(), evaluatie(Veiligheidsoordeel.VEILIG),
                        new VeiligheidsplanBeeindigd(ZAAK_ID, GEZIN, "Vlaardingen", 1,
                                RedenBeeindiging.VEILIGHEID_HERSTELD, "Veilig", NU, FATIMA)))
                .when(voorstel(Uitkomst.ZELFSTANDIG_VERDER))
                .expectEvents(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null));
    }

    @Test
    void r15_noClosingWhileTheTafelHasNotDecided() {
        weigert(inBehandelingMet(oordeel(Veiligheidsoordeel.VEILIG), zrm(ZrmMoment.START), zrm(ZrmMoment.EIND),
                new ZaakOpgeschaald(ZAAK_ID, GEZIN, "Vlaardingen", "opschaling-1", Tafel.JEUGDBESCHERMINGSTAFEL,
                        RedenOpschaling.GEZIN_WERKT_NIET_MEE, "Geen medewerking",
                        new Zichthouder("Joost de Vries", "010-8765432", "Enver"), FATIMA, NU)),
                voorstel(Uitkomst.ZELFSTANDIG_VERDER), "R15");
    }

    @Test
    void kwaliteit_theTeamleiderApprovesAndTheZaakIsClosedInformingOnlyWithConsent() {
        // R16/R17: huisarts with consent is informed at the end; school without consent is not
        var informeren = List.of(new Informatiedeling(Partij.HUISARTS, true, null),
                new Informatiedeling(Partij.SCHOOL, false, null));
        fixture.given(veiligMetZrm(new AfsluitingVoorgesteld(ZAAK_ID, GEZIN, "Vlaardingen",
                        Uitkomst.ZELFSTANDIG_VERDER, null, ONDERBOUWING, informeren, FATIMA, NU)))
                .when(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectEvents(new AfsluitingBeoordeeld(ZAAK_ID, GEZIN, "Vlaardingen", Beoordeling.GOEDGEKEURD, null,
                                TEAMLEIDER, NU),
                        new ZaakAfgesloten(ZAAK_ID, GEZIN, "Vlaardingen", Uitkomst.ZELFSTANDIG_VERDER, null,
                                List.of(Partij.HUISARTS), List.of(Partij.SCHOOL), NU, OVERDRACHT_ID, "melding-1",
                                STANDAARD_NAZORG))
                .expectState(zaak -> {
                    assertThat(zaak.status()).isEqualTo(ZaakStatus.AFGESLOTEN);
                    assertThat(zaak.regisseur()).isNull();
                });
    }

    @Test
    void kwaliteit_aClosingSentBackWithCommentsLeavesTheZaakInTreatment() {
        fixture.given(veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null)))
                .when(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.TERUGGESTUURD, "Spreek de oudste zoon nog",
                        TEAMLEIDER))
                .expectEvents(new AfsluitingBeoordeeld(ZAAK_ID, GEZIN, "Vlaardingen", Beoordeling.TERUGGESTUURD,
                        "Spreek de oudste zoon nog", TEAMLEIDER, NU))
                .expectState(zaak -> assertThat(zaak.status()).isEqualTo(ZaakStatus.IN_BEHANDELING));
    }

    @Test
    void kwaliteit_theTeamleiderDoesNotReviewTheirOwnProposal() {
        weigert(veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null)),
                new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, new Medewerker(" fatima EL amrani", null)),
                "R16");
    }

    @Test
    void kwaliteit_oneProposalWaitsAtATimeAndAReviewNeedsOne() {
        weigert(veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null)), voorstel(Uitkomst.ZELFSTANDIG_VERDER),
                "R16");
        weigert(veiligMetZrm(), new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER), "R16");
    }

    @Test
    void r9_r16_aZaakReturnedWhileItsClosingWaitedIsNotClosed() {
        weigert(veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null),
                        new nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld(ZAAK_ID, OVERDRACHT_ID, "melding-1",
                                GEZIN, Route.NA_ONDERZOEK, "Vlaardingen", RedenTerugmelding.ONVOLDOENDE_MIDDELEN,
                                "Geen aanbod", FATIMA, NU)),
                new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER), "R16");
    }

    @Test
    void r16_theApprovalChecksSafetyAgain() {
        // a child judged unsafe between the proposal and the review: the teamleider cannot close
        weigert(veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null), oordeel(Veiligheidsoordeel.ONVEILIG)),
                new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER), "R16");
    }

    @Test
    void r17_atClosingNobodyIsInformedWithoutConsent() {
        weigert(veiligMetZrm(), new StelAfsluitingVoor(ZAAK_ID, Uitkomst.ZELFSTANDIG_VERDER, null, ONDERBOUWING,
                List.of(new Informatiedeling(Partij.SCHOOL, false, "School moet alert zijn")), FATIMA), "R17");
    }

    @Test
    void r17_atTheStartSharingWithoutConsentNeedsASafetyRisk() {
        var zonderToestemming = new LegInformatiedelingVast(ZAAK_ID, List.of(
                new Informatiedeling(Partij.HUISARTS, true, null),
                new Informatiedeling(Partij.SCHOOL, false, "School moet alert zijn op signalen")), FATIMA);
        weigert(inBehandelingMet(oordeel(Veiligheidsoordeel.VEILIG)), zonderToestemming, "R17");
        fixture.given(inBehandelingMet(oordeel(Veiligheidsoordeel.ZORGELIJK)))
                .when(zonderToestemming)
                .expectEvents(new BetrokkenenGeinformeerd(ZAAK_ID, GEZIN, "Vlaardingen", Moment.START,
                        zonderToestemming.partijen(), FATIMA, NU));
    }

    @Test
    void aClosedZaakHasNoRegieAndIsNotReturned() {
        List<Object> gesloten = veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null),
                new AfsluitingBeoordeeld(ZAAK_ID, GEZIN, "Vlaardingen", Beoordeling.GOEDGEKEURD, null, TEAMLEIDER, NU),
                new ZaakAfgesloten(ZAAK_ID, GEZIN, "Vlaardingen", Uitkomst.ZELFSTANDIG_VERDER, null, List.of(),
                        List.of(), NU, OVERDRACHT_ID, "melding-1"));
        weigert(gesloten, new WijsRegisseurToe(ZAAK_ID, new Regisseur("Joost de Vries", "010-8765432", "Enver"),
                "Nieuw"), "R10");
        weigert(gesloten, new MeldTerug(ZAAK_ID, RedenTerugmelding.ONVOLDOENDE_MIDDELEN, "Toch niet", FATIMA), "R9");
        weigert(gesloten, voorstel(Uitkomst.ZELFSTANDIG_VERDER), "R16");
    }

    @Test
    void r9_r10_aZaakIsNotClosedWhileAJoinedHandoverWaitsForAcceptance() {
        // issue 14 point 4: the handover that joined the zaak is taken in (or split off) before the zaak closes
        weigert(veiligMetZrm(gevoegd()), voorstel(Uitkomst.ZELFSTANDIG_VERDER), "R9");
        weigert(veiligMetZrm(voorgesteld(Uitkomst.ZELFSTANDIG_VERDER, null), gevoegd()),
                new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER), "R9");
    }

    @Test
    void r10_r16_everyJoinedHandoverClosesWithTheZaakAndIsToldForItsOwnMelding() {
        var informeren = List.of(new Informatiedeling(Partij.HUISARTS, true, null));
        fixture.given(veiligMetZrm(gevoegd(), new GevoegdeOverdrachtGeaccepteerd(ZAAK_ID, GEVOEGD, "melding-2", GEZIN,
                                "Vlaardingen", "Westwijk", FATIMA, NU.minusSeconds(20_000)),
                        new AfsluitingVoorgesteld(ZAAK_ID, GEZIN, "Vlaardingen", Uitkomst.ZELFSTANDIG_VERDER, null,
                                ONDERBOUWING, informeren, FATIMA, NU)))
                .when(new BeoordeelAfsluiting(ZAAK_ID, Beoordeling.GOEDGEKEURD, null, TEAMLEIDER))
                .expectEvents(new AfsluitingBeoordeeld(ZAAK_ID, GEZIN, "Vlaardingen", Beoordeling.GOEDGEKEURD, null,
                                TEAMLEIDER, NU),
                        new ZaakAfgesloten(ZAAK_ID, GEZIN, "Vlaardingen", Uitkomst.ZELFSTANDIG_VERDER, null,
                                List.of(Partij.HUISARTS), List.of(), NU, OVERDRACHT_ID, "melding-1", STANDAARD_NAZORG),
                        new GevoegdeOverdrachtAfgesloten(ZAAK_ID, GEVOEGD, "melding-2", GEZIN, "Vlaardingen",
                                Uitkomst.ZELFSTANDIG_VERDER, List.of(Partij.HUISARTS), List.of(), NU));
    }

    private static OverdrachtBijZaakGevoegd gevoegd() {
        return new OverdrachtBijZaakGevoegd(ZAAK_ID, GEVOEGD, "melding-2", GEZIN, Route.NA_TRIAGE, "Vlaardingen", null,
                NU.minusSeconds(30_000), null, NU.minusSeconds(29_000));
    }

    private void weigert(List<Object> gegeven, Object command, String regel) {
        fixture.given(gegeven)
                .when(command)
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails(regel))
                .expectNoEvents();
    }

    private static List<Object> veiligMetZrm(Object... verder) {
        var basis = new ArrayList<Object>(inBehandelingMet(oordeel(Veiligheidsoordeel.VEILIG),
                zrm(ZrmMoment.START), zrm(ZrmMoment.EIND)));
        basis.addAll(Arrays.asList(verder));
        return basis;
    }

    private static List<Object> inBehandelingMet(Object... verder) {
        var basis = new ArrayList<Object>(List.of(zaakGeopend(), geaccepteerd(),
                new RegisseurToegewezen(ZAAK_ID, GEZIN, new Regisseur("Fatima el Amrani", "010-2345678", "Minters"),
                        null, null, NU.minusSeconds(80_000)),
                new GezinslidGeregistreerd(ZAAK_ID, GEZIN, "Vlaardingen", MOEDER, GezinslidRol.OUDER, null, null,
                        FATIMA, NU.minusSeconds(70_000)),
                new GezinslidGeregistreerd(ZAAK_ID, GEZIN, "Vlaardingen", KIND, GezinslidRol.KIND, null, null, FATIMA,
                        NU.minusSeconds(70_000)),
                gesprek(KIND)));
        basis.addAll(Arrays.asList(verder));
        return basis;
    }

    private static GesprekVastgelegd gesprek(String lidId) {
        return new GesprekVastgelegd(ZAAK_ID, GEZIN, "Vlaardingen", lidId, GezinslidRol.KIND, true,
                LocalDate.of(2027, 2, 1), null, null, FATIMA, NU.minusSeconds(65_000));
    }

    private static VeiligheidsinschattingVastgelegd oordeel(Veiligheidsoordeel oordeel) {
        return new VeiligheidsinschattingVastgelegd(ZAAK_ID, GEZIN, "Vlaardingen", KIND, Veiligheidsinstrument.LIRIK,
                oordeel, "Gesprek met kind en moeder", FATIMA, NU.minusSeconds(60_000));
    }

    private static ZrmVastgelegd zrm(ZrmMoment moment) {
        Map<ZrmDomein, Integer> scores = Arrays.stream(ZrmDomein.values())
                .collect(Collectors.toMap(Function.identity(), domein -> 3));
        return new ZrmVastgelegd(ZAAK_ID, GEZIN, "Vlaardingen", MOEDER, moment, scores, LocalDate.of(2027, 2, 1),
                FATIMA, NU.minusSeconds(50_000));
    }

    private static VeiligheidsplanOpgesteld veiligheidsplan() {
        return new VeiligheidsplanOpgesteld(ZAAK_ID, GEZIN, "Vlaardingen", 1, Dreiging.HOOG,
                List.of(new Afspraak("Vader komt niet in huis", "Vader", "Wijkteam", "Wekelijks")), "Melding bij VT",
                List.of(new KindOordeel(KIND, Veiligheidsoordeel.ONVEILIG, "Getuige van geweld")),
                NU.minusSeconds(40_000), NU.plusSeconds(5_000_000), NU.plusSeconds(1_000_000), FATIMA);
    }

    private static VeiligheidsplanGeevalueerd evaluatie(Veiligheidsoordeel huidig) {
        return new VeiligheidsplanGeevalueerd(ZAAK_ID, GEZIN, "Vlaardingen", 1,
                List.of(new KindVergelijking(KIND, Veiligheidsoordeel.ONVEILIG, huidig, Verloop.VERBETERD)), true,
                null, NU.minusSeconds(30_000), NU.plusSeconds(1_000_000), true, FATIMA);
    }

    private static StelAfsluitingVoor voorstel(Uitkomst uitkomst) {
        return new StelAfsluitingVoor(ZAAK_ID, uitkomst, null, ONDERBOUWING, List.of(), FATIMA);
    }

    private static AfsluitingVoorgesteld voorgesteld(Uitkomst uitkomst, String vervolg) {
        return new AfsluitingVoorgesteld(ZAAK_ID, GEZIN, "Vlaardingen", uitkomst, vervolg, ONDERBOUWING, List.of(),
                FATIMA, NU);
    }

    private static ZaakGeopend zaakGeopend() {
        return new ZaakGeopend(ZAAK_ID, OVERDRACHT_ID, "melding-1", GEZIN, Route.NA_ONDERZOEK, "Vlaardingen",
                "onderzoek-1", NU.minusSeconds(100_000), NU.minusSeconds(99_000), null);
    }

    private static OverdrachtGeaccepteerd geaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK_ID, OVERDRACHT_ID, GEZIN, "Vlaardingen", FATIMA,
                NU.minusSeconds(90_000), "Westwijk");
    }
}
