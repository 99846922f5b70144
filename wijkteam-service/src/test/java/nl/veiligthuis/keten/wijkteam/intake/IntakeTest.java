package nl.veiligthuis.keten.wijkteam.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtAfgesplitst;
import nl.veiligthuis.keten.wijkteam.gezinsregie.OverdrachtBijZaakGevoegd;
import nl.veiligthuis.keten.wijkteam.gezinsregie.RedenAfsplitsing;
import nl.veiligthuis.keten.wijkteam.zaak.Medewerker;
import nl.veiligthuis.keten.wijkteam.zaak.OverdrachtGeaccepteerd;
import nl.veiligthuis.keten.wijkteam.zaak.RedenTerugmelding;
import nl.veiligthuis.keten.wijkteam.zaak.Route;
import nl.veiligthuis.keten.wijkteam.zaak.Veiligheidsoordeel;
import nl.veiligthuis.keten.wijkteam.zaak.Zaak;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakGeopend;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakTeruggemeld;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntakeTest {

    private static final Instant NU = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate VANDAAG = LocalDate.parse("2026-11-23");
    private static final String ZAAK_ID = "1fcad9d1-bb6a-35e8-ba26-58fd14ca9dda";
    private static final String GEZIN_ID = "a7e5d6c4-1b2a-4f3e-8d9c-5b6a7f8e9d01";
    private static final String GEMEENTE = "Vlaardingen";
    private static final Medewerker MEDEWERKER = new Medewerker("Fatima el Amrani", "010-2345678");
    private static final String MOEDER = "lid-moeder";
    private static final String DOCHTER = "lid-dochter";
    private static final String ZOON = "lid-zoon";
    private static final String PERSOON_MOEDER = "6e2f4a1b-3c5d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final String PERSOON_DOCHTER = "7a3b5c2d-4e6f-4a8b-9c0d-1e2f3a4b5c6d";
    private static final String PERSOON_ZOON = "8b4c6d3e-5f7a-4b9c-8d1e-2f3a4b5c6d7e";
    private static final String ONDERBOUWING = "Geen signalen van geweld; moeder beschermt, school ziet een blij kind";

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Zaak> fixture = AggregateFixtures.op(Zaak.class, NU);


    @Test
    void r11_aGezinslidIsRegisteredWithRoleAndPseudonymousId() {
        fixture.given(inBehandeling())
                .when(new RegistreerGezinslid(ZAAK_ID, MOEDER, GezinslidRol.OUDER, PERSOON_MOEDER, " moeder ",
                        MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GezinslidGeregistreerd(ZAAK_ID, GEZIN_ID, GEMEENTE, MOEDER, GezinslidRol.OUDER,
                        PERSOON_MOEDER, "moeder", MEDEWERKER, NU));
    }

    @Test
    void r11_aPersonIsRegisteredOnceInAZaak() {
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, PERSOON_MOEDER)))
                .when(new RegistreerGezinslid(ZAAK_ID, "lid-nogmaals", GezinslidRol.PARTNER, PERSOON_MOEDER, null,
                        MEDEWERKER))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R11"))
                .expectNoEvents();
    }

    @Test
    void r11_gezinsledenWithoutPersoonIdAreNotDuplicatesOfEachOther() {
        fixture.given(inBehandeling(lid(DOCHTER, GezinslidRol.KIND, null)))
                .when(new RegistreerGezinslid(ZAAK_ID, ZOON, GezinslidRol.KIND, null, "jongste zoon", MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectState(zaak -> assertThat(intake(zaak).kinderen()).containsExactlyInAnyOrder(DOCHTER, ZOON));
    }

    @Test
    void r11_aConversationHeldIsRecorded() {
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)))
                .when(new LegGesprekVast(ZAAK_ID, MOEDER, true, VANDAAG, null, null, MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GesprekVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, MOEDER, GezinslidRol.OUDER, true,
                        VANDAAG, null, null, MEDEWERKER, NU));
    }

    @Test
    void r11_aConversationNotHeldIsRecordedWithItsReason() {
        fixture.given(inBehandeling(lid(DOCHTER, GezinslidRol.KIND, null)))
                .when(new LegGesprekVast(ZAAK_ID, DOCHTER, false, VANDAAG, RedenNietGesproken.TE_JONG, null,
                        MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GesprekVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, DOCHTER, GezinslidRol.KIND, false,
                        VANDAAG, RedenNietGesproken.TE_JONG, null, MEDEWERKER, NU));
    }

    @Test
    void r11_aConversationNotHeldNeedsAReason() {
        assertRefused(inBehandeling(lid(DOCHTER, GezinslidRol.KIND, null)),
                new LegGesprekVast(ZAAK_ID, DOCHTER, false, VANDAAG, null, "weet niet", MEDEWERKER));
    }

    @Test
    void r11_aConversationHeldHasNoReasonWhyNot() {
        assertRefused(inBehandeling(lid(DOCHTER, GezinslidRol.KIND, null)),
                new LegGesprekVast(ZAAK_ID, DOCHTER, true, VANDAAG, RedenNietGesproken.WEIGERT_GESPREK, null,
                        MEDEWERKER));
    }

    @Test
    void r11_theReasonAndersNeedsAnExplanation() {
        assertRefused(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)),
                new LegGesprekVast(ZAAK_ID, MOEDER, false, VANDAAG, RedenNietGesproken.ANDERS, "  ", MEDEWERKER));
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)))
                .when(new LegGesprekVast(ZAAK_ID, MOEDER, false, VANDAAG, RedenNietGesproken.ANDERS,
                        "Verblijft in het buitenland", MEDEWERKER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void r11_aConversationWithAnUnknownGezinslidIsRefused() {
        assertRefused(inBehandeling(),
                new LegGesprekVast(ZAAK_ID, "lid-onbekend", true, VANDAAG, null, null, MEDEWERKER));
    }

    @Test
    void r11_aChildsSafetyIsRecordedAsTheProfessionalsJudgementWithItsReasoning() {
        fixture.given(inBehandeling(lid(DOCHTER, GezinslidRol.KIND, null)))
                .when(new LegVeiligheidsinschattingVast(ZAAK_ID, DOCHTER, Veiligheidsinstrument.ETM,
                        Veiligheidsoordeel.ZORGELIJK, " " + ONDERBOUWING, MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VeiligheidsinschattingVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, DOCHTER,
                        Veiligheidsinstrument.ETM, Veiligheidsoordeel.ZORGELIJK, ONDERBOUWING, MEDEWERKER, NU))
                .expectState(zaak -> assertThat(intake(zaak).huidigOordeelPerKind())
                        .isEqualTo(Map.of(DOCHTER, Veiligheidsoordeel.ZORGELIJK)));
    }

    @ParameterizedTest
    @EnumSource(value = GezinslidRol.class, names = "KIND", mode = EnumSource.Mode.EXCLUDE)
    void r11_onlyAChildGetsASafetyAssessment(GezinslidRol rol) {
        assertRefused(inBehandeling(lid(MOEDER, rol, null)),
                new LegVeiligheidsinschattingVast(ZAAK_ID, MOEDER, Veiligheidsinstrument.ETM,
                        Veiligheidsoordeel.VEILIG, ONDERBOUWING, MEDEWERKER));
    }

    @Test
    void r11_issue14_anAssessmentNamesTheAdultsItCoversEachOnce() {
        // 001: ETM/LIRIK "slechts over één ouder ingevuld"; the assessment says over whom
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null), lid("lid-vader", GezinslidRol.EX_PARTNER,
                        null), lid(DOCHTER, GezinslidRol.KIND, null)))
                .when(new LegVeiligheidsinschattingVast(ZAAK_ID, DOCHTER, Veiligheidsinstrument.LIRIK,
                        Veiligheidsoordeel.ONVEILIG, ONDERBOUWING, MEDEWERKER, List.of(MOEDER, "lid-vader", MOEDER)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new VeiligheidsinschattingVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, DOCHTER,
                        Veiligheidsinstrument.LIRIK, Veiligheidsoordeel.ONVEILIG, ONDERBOUWING, MEDEWERKER, NU,
                        List.of(MOEDER, "lid-vader")));
    }

    @Test
    void r11_issue14_theAdultsAnAssessmentCoversAreRegisteredAndNoChild() {
        List<Object> gezin = inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null), lid(DOCHTER, GezinslidRol.KIND, null),
                lid(ZOON, GezinslidRol.KIND, null));
        assertRefused(gezin, new LegVeiligheidsinschattingVast(ZAAK_ID, DOCHTER, Veiligheidsinstrument.ETM,
                Veiligheidsoordeel.VEILIG, ONDERBOUWING, MEDEWERKER, List.of(MOEDER, "lid-onbekend")));
        assertRefused(gezin, new LegVeiligheidsinschattingVast(ZAAK_ID, DOCHTER, Veiligheidsinstrument.ETM,
                Veiligheidsoordeel.VEILIG, ONDERBOUWING, MEDEWERKER, List.of(ZOON)));
    }

    @Test
    void r11_issue14_anAssessmentStoredBeforeTheAdultsWereRecordedReadsWithoutThem() {
        String opgeslagen = """
                {"zaakId": "z", "gezinId": "g", "gemeente": "Vlaardingen", "lidId": "l", "instrument": "ETM",
                 "oordeel": "VEILIG", "onderbouwing": "x", "vastgelegdOp": "2026-11-01T10:00:00Z"}""";
        VeiligheidsinschattingVastgelegd event = Jackson3Serializer.builder().build().deserialize(
                new SimpleSerializedObject<>(opgeslagen, String.class, VeiligheidsinschattingVastgelegd.class.getName(),
                        "1"));
        assertThat(event.volwassenen()).isNull();
        assertThat(event.oordeel()).isEqualTo(Veiligheidsoordeel.VEILIG);
    }

    @Test
    void r11_anAssessmentWithoutReasoningIsRefused() {
        for (String geen : Arrays.asList(null, "", "   ")) {
            assertRefused(inBehandeling(lid(DOCHTER, GezinslidRol.KIND, null)),
                    new LegVeiligheidsinschattingVast(ZAAK_ID, DOCHTER, Veiligheidsinstrument.LIRIK,
                            Veiligheidsoordeel.ONVEILIG, geen, MEDEWERKER));
        }
    }

    @Test
    void r11_theZrmScoresAll13DomainsFrom1To5() {
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)))
                .when(new LegZrmVast(ZAAK_ID, MOEDER, ZrmMoment.START, scores(3), VANDAAG, MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ZrmVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, MOEDER, ZrmMoment.START, scores(3),
                        VANDAAG, MEDEWERKER, NU));

        Map<ZrmDomein, Integer> twaalf = scores(3);
        twaalf.remove(ZrmDomein.JUSTITIE);
        Map<ZrmDomein, Integer> nul = scores(3);
        nul.put(ZrmDomein.FINANCIEN, 0);
        Map<ZrmDomein, Integer> zes = scores(3);
        zes.put(ZrmDomein.HUISVESTING, 6);
        Map<ZrmDomein, Integer> leeg = scores(3);
        leeg.put(ZrmDomein.BASALE_ADL, null);
        for (Map<ZrmDomein, Integer> onvolledig : List.of(twaalf, nul, zes, leeg, Map.<ZrmDomein, Integer>of())) {
            assertRefused(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)),
                    new LegZrmVast(ZAAK_ID, MOEDER, ZrmMoment.START, onvolledig, VANDAAG, MEDEWERKER));
        }
        assertRefused(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)),
                new LegZrmVast(ZAAK_ID, MOEDER, ZrmMoment.START, null, VANDAAG, MEDEWERKER));
    }

    @Test
    void r11_theZrmIsScoredForAdultsNotForAChild() {
        assertRefused(inBehandeling(lid(DOCHTER, GezinslidRol.KIND, null)),
                new LegZrmVast(ZAAK_ID, DOCHTER, ZrmMoment.START, scores(2), VANDAAG, MEDEWERKER));
        for (GezinslidRol rol : List.of(GezinslidRol.PARTNER, GezinslidRol.EX_PARTNER, GezinslidRol.OVERIG)) {
            AggregateFixtures.op(Zaak.class, NU).given(inBehandeling(lid(MOEDER, rol, null)))
                    .when(new LegZrmVast(ZAAK_ID, MOEDER, ZrmMoment.START, scores(2), VANDAAG, MEDEWERKER))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void r11_theEndZrmFollowsAStartZrmOfTheSameGezinslid() {
        assertRefused(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null),
                        lid("lid-vader", GezinslidRol.OUDER, null), zrm("lid-vader", ZrmMoment.START)),
                new LegZrmVast(ZAAK_ID, MOEDER, ZrmMoment.EIND, scores(4), VANDAAG, MEDEWERKER));
        fixture.given(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null), zrm(MOEDER, ZrmMoment.START)))
                .when(new LegZrmVast(ZAAK_ID, MOEDER, ZrmMoment.EIND, scores(4), VANDAAG, MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectState(zaak -> assertThat(intake(zaak).zrmVastgelegd(ZrmMoment.EIND)).isTrue());
    }

    @Test
    void r11_theLifeDomainAnalysisCoversAllFive() {
        fixture.given(inBehandeling())
                .when(new LegLeefgebiedenanalyseVast(ZAAK_ID, bevindingen(), MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LeefgebiedenanalyseVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, bevindingen(),
                        MEDEWERKER, NU));

        Map<Leefgebied, String> zonderSchulden = bevindingen();
        zonderSchulden.remove(Leefgebied.PARTICIPATIE_EN_INKOMEN);
        Map<Leefgebied, String> leeg = bevindingen();
        leeg.put(Leefgebied.VEILIGHEID, " ");
        for (Map<Leefgebied, String> onvolledig : List.of(zonderSchulden, leeg, Map.<Leefgebied, String>of())) {
            assertRefused(inBehandeling(), new LegLeefgebiedenanalyseVast(ZAAK_ID, onvolledig, MEDEWERKER));
        }
    }

    @Test
    void r11_notInTreatmentIsRefused() {
        List<Object> overdrachtOntvangen = List.of(geopend());
        List<Object> teruggemeld = List.of(geopend(), geaccepteerd(), lid(MOEDER, GezinslidRol.OUDER, null),
                lid(DOCHTER, GezinslidRol.KIND, null), new ZaakTeruggemeld(ZAAK_ID, "overdracht-1", "melding-1",
                        GEZIN_ID, Route.NA_TRIAGE, GEMEENTE, RedenTerugmelding.ONVOLDOENDE_MIDDELEN, "geen aanbod",
                        MEDEWERKER, NU.minusSeconds(60)));
        for (List<Object> given : List.of(overdrachtOntvangen, teruggemeld)) {
            assertRefused(given, new RegistreerGezinslid(ZAAK_ID, ZOON, GezinslidRol.KIND, null, null, MEDEWERKER));
            assertRefused(given, new LegLeefgebiedenanalyseVast(ZAAK_ID, bevindingen(), MEDEWERKER));
        }
        assertRefused(teruggemeld, new LegGesprekVast(ZAAK_ID, MOEDER, true, VANDAAG, null, null, MEDEWERKER));
        assertRefused(teruggemeld, new LegVeiligheidsinschattingVast(ZAAK_ID, DOCHTER, Veiligheidsinstrument.ETM,
                Veiligheidsoordeel.VEILIG, ONDERBOUWING, MEDEWERKER));
        assertRefused(teruggemeld, new LegZrmVast(ZAAK_ID, MOEDER, ZrmMoment.START, scores(3), VANDAAG, MEDEWERKER));
    }

    @Test
    void r11_r16_theSafetyOfAllChildrenIsEstablishedOnlyWhenEveryChildsLatestJudgementIsSafe() {
        verwacht(inBehandeling(), intake -> {
            assertThat(intake.heeftGezinsleden()).isFalse();
            assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isFalse();
        });
        verwacht(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)), intake -> {
            assertThat(intake.heeftGezinsleden()).isTrue();
            assertThat(intake.kinderen()).isEmpty();
            assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isTrue();
        });
        List<Object> tweeKinderen = inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null),
                lid(DOCHTER, GezinslidRol.KIND, null), lid(ZOON, GezinslidRol.KIND, null),
                oordeel(DOCHTER, Veiligheidsoordeel.VEILIG));
        verwacht(tweeKinderen, intake -> {
            assertThat(intake.kinderen()).containsExactlyInAnyOrder(DOCHTER, ZOON);
            assertThat(intake.huidigOordeelPerKind()).isEqualTo(Map.of(DOCHTER, Veiligheidsoordeel.VEILIG));
            assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isFalse();
        });
        verwacht(plus(tweeKinderen, oordeel(ZOON, Veiligheidsoordeel.ONVEILIG)), intake ->
                assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isFalse());
        verwacht(plus(tweeKinderen, oordeel(ZOON, Veiligheidsoordeel.ONVEILIG), oordeel(ZOON, Veiligheidsoordeel.VEILIG)),
                intake -> {
                    assertThat(intake.huidigOordeelPerKind()).isEqualTo(Map.of(DOCHTER, Veiligheidsoordeel.VEILIG,
                            ZOON, Veiligheidsoordeel.VEILIG));
                    assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isTrue();
                });
        verwacht(plus(tweeKinderen, oordeel(ZOON, Veiligheidsoordeel.VEILIG),
                oordeel(DOCHTER, Veiligheidsoordeel.ZORGELIJK)), intake -> {
                    assertThat(intake.huidigOordeelPerKind()).containsEntry(DOCHTER, Veiligheidsoordeel.ZORGELIJK);
                    assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isFalse();
                });
    }

    @Test
    void r11_r16_issue14_aChildVeiligThuisNamedIsNotForgottenWhenTheTeamRegistersOnlyTheMother() {
        // 001 §3.3.2: closed "zonder dat met de kinderen is gesproken"; the handover named a daughter
        List<Object> alleenMoeder = List.of(geopendMet(new GenoemdGezinslid(PERSOON_MOEDER, GezinslidRol.OUDER),
                        new GenoemdGezinslid(PERSOON_DOCHTER, GezinslidRol.KIND)), geaccepteerd(),
                lid(MOEDER, GezinslidRol.OUDER, PERSOON_MOEDER), gesprek(MOEDER));
        verwacht(alleenMoeder, intake -> {
            assertThat(intake.heeftGezinsleden()).isTrue();
            assertThat(intake.kinderen()).isEmpty();
            assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isFalse();
            assertThat(intake.kinderenNietVeiligVastgesteld()).singleElement().asString()
                    .contains(PERSOON_DOCHTER, "niet als gezinslid geregistreerd");
        });
        List<Object> dochterErbij = plus(alleenMoeder, lid(DOCHTER, GezinslidRol.KIND, PERSOON_DOCHTER));
        verwacht(dochterErbij, intake -> {
            assertThat(intake.kinderenNietVeiligVastgesteld()).containsExactly("kind " + DOCHTER
                    + " zonder veiligheidsoordeel");
            assertThat(intake.kinderenNietGehoord()).containsExactly("kind " + DOCHTER);
        });
        verwacht(plus(dochterErbij, gesprek(DOCHTER), oordeel(DOCHTER, Veiligheidsoordeel.VEILIG)), intake -> {
            assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isTrue();
            assertThat(intake.kinderenNietGehoord()).isEmpty();
        });
    }

    @Test
    void r10_r11_issue14_aJoinedHandoverNamesItsChildrenToTheZaakUntilItIsSplitOff() {
        List<Object> gevoegd = inBehandeling(lid(MOEDER, GezinslidRol.OUDER, PERSOON_MOEDER),
                new OverdrachtBijZaakGevoegd(ZAAK_ID, "overdracht-2", "melding-2", GEZIN_ID, Route.NA_TRIAGE,
                        GEMEENTE, null, NU.minusSeconds(900), null, NU.minusSeconds(900),
                        List.of(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.KIND))));
        verwacht(gevoegd, intake -> {
            assertThat(intake.genoemdeLeden()).containsExactly(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.KIND));
            assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isFalse();
        });
        verwacht(plus(gevoegd, new OverdrachtAfgesplitst(ZAAK_ID, "overdracht-2", "melding-2", GEZIN_ID,
                Route.NA_TRIAGE, GEMEENTE, null, NU.minusSeconds(900), null, "zaak-2", RedenAfsplitsing.ANDER_HUISHOUDEN,
                "Zoon woont bij vader", MEDEWERKER, NU.minusSeconds(300),
                List.of(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.KIND)))), intake -> {
                    assertThat(intake.genoemdeLeden()).isEmpty();
                    assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isTrue();
                });
    }

    @Test
    void r11_issue14_aChildVeiligThuisNamedIsRegisteredAsAChild() {
        List<Object> genoemd = List.of(geopendMet(new GenoemdGezinslid(PERSOON_DOCHTER, GezinslidRol.KIND)),
                geaccepteerd());
        assertRefused(genoemd, new RegistreerGezinslid(ZAAK_ID, DOCHTER, GezinslidRol.OVERIG, PERSOON_DOCHTER, null,
                MEDEWERKER));
        fixture.given(genoemd)
                .when(new RegistreerGezinslid(ZAAK_ID, DOCHTER, GezinslidRol.KIND, PERSOON_DOCHTER, "dochter",
                        MEDEWERKER))
                .expectSuccessfulHandlerExecution()
                .expectState(zaak -> assertThat(intake(zaak).kinderenNietVeiligVastgesteld())
                        .containsExactly("kind " + DOCHTER + " zonder veiligheidsoordeel"));
    }

    @Test
    void r11_issue14_aNamedChildRegisteredWithoutItsPersoonIdIsCoupledToItsGezinslid() {
        // one child, two persoonIds (coupled meldingen), or registered without one: the team couples it
        List<Object> zonderPersoonId = List.of(geopendMet(new GenoemdGezinslid(PERSOON_DOCHTER, GezinslidRol.KIND)),
                geaccepteerd(), lid(MOEDER, GezinslidRol.OUDER, null), lid(DOCHTER, GezinslidRol.KIND, null),
                gesprek(DOCHTER), oordeel(DOCHTER, Veiligheidsoordeel.VEILIG));
        verwacht(zonderPersoonId, intake -> assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isFalse());
        var koppeling = new KoppelGenoemdGezinslid(ZAAK_ID, PERSOON_DOCHTER, DOCHTER, MEDEWERKER);
        var gekoppeld = new GenoemdGezinslidGekoppeld(ZAAK_ID, GEZIN_ID, GEMEENTE, PERSOON_DOCHTER, DOCHTER,
                MEDEWERKER, NU);
        fixture.given(zonderPersoonId)
                .when(koppeling)
                .expectEvents(gekoppeld)
                .expectState(zaak -> assertThat(intake(zaak).veiligheidVanAlleKinderenVastgesteld()).isTrue());
        // the same coupling again changes nothing; a named child is coupled to a child only; only a named person
        AggregateFixtures.op(Zaak.class, NU).given(plus(zonderPersoonId, gekoppeld)).when(koppeling).expectNoEvents();
        assertRefused(zonderPersoonId, new KoppelGenoemdGezinslid(ZAAK_ID, PERSOON_DOCHTER, MOEDER, MEDEWERKER));
        assertRefused(zonderPersoonId, new KoppelGenoemdGezinslid(ZAAK_ID, PERSOON_ZOON, DOCHTER, MEDEWERKER));
    }

    @Test
    void r11_r16_issue14_aPersonRegisteredAsAnAdultAndLaterNamedAChildIsNotASafeChild() {
        // the zaak's own handover named the person OVERIG; a joined handover names the same person a child
        List<Object> alsVolwassene = List.of(geopendMet(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.OVERIG)),
                geaccepteerd(), lid(MOEDER, GezinslidRol.OVERIG, PERSOON_ZOON), gesprek(MOEDER),
                new OverdrachtBijZaakGevoegd(ZAAK_ID, "overdracht-2", "melding-2", GEZIN_ID, Route.NA_TRIAGE,
                        GEMEENTE, null, NU.minusSeconds(900), null, NU.minusSeconds(900),
                        List.of(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.KIND))));
        verwacht(alsVolwassene, intake -> {
            assertThat(intake.genoemdeLeden()).containsExactly(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.KIND));
            assertThat(intake.kinderenNietVeiligVastgesteld()).singleElement().asString()
                    .contains(PERSOON_ZOON, "als OVERIG geregistreerd");
        });
        // registered again as a child (without persoonId) and coupled, it is judged like every child
        verwacht(plus(alsVolwassene, lid(ZOON, GezinslidRol.KIND, null),
                new GenoemdGezinslidGekoppeld(ZAAK_ID, GEZIN_ID, GEMEENTE, PERSOON_ZOON, ZOON, MEDEWERKER, NU),
                gesprek(ZOON), oordeel(ZOON, Veiligheidsoordeel.VEILIG)),
                intake -> assertThat(intake.veiligheidVanAlleKinderenVastgesteld()).isTrue());
    }

    @Test
    void r11_issue14_aPersonNamedTwiceIsOneChildWhenEitherNamesAChild() {
        assertThat(GenoemdGezinslid.lijst(List.of(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.OVERIG),
                new GenoemdGezinslid(PERSOON_MOEDER, GezinslidRol.OUDER),
                new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.KIND))))
                .containsExactly(new GenoemdGezinslid(PERSOON_ZOON, GezinslidRol.KIND),
                        new GenoemdGezinslid(PERSOON_MOEDER, GezinslidRol.OUDER));
        assertThat(GenoemdGezinslid.lijst(null)).isEmpty();
    }

    @Test
    void r11_issue14_aZaakGeopendStoredBeforeItNamedAnyoneReadsWithNobodyNamed() {
        var serializer = Jackson3Serializer.builder().build();
        String opgeslagen = """
                {"zaakId":"%s","overdrachtId":"overdracht-1","meldingId":"melding-1","gezinId":"%s",
                 "route":"NA_TRIAGE","gemeente":"Vlaardingen","onderzoekId":null,
                 "overdrachtGedaanOp":"2026-11-23T07:00:00Z","geopendOp":"2026-11-23T07:00:00Z",
                 "overdrachtDataref":null}""".formatted(ZAAK_ID, GEZIN_ID);
        ZaakGeopend gelezen = serializer.deserialize(new SimpleSerializedObject<>(opgeslagen, String.class,
                ZaakGeopend.class.getName(), "1"));
        assertThat(gelezen.genoemdeLeden()).isEmpty();
        var event = geopendMet(new GenoemdGezinslid(PERSOON_DOCHTER, GezinslidRol.KIND));
        SerializedObject<String> nu = serializer.serialize(event, String.class);
        assertThat((ZaakGeopend) serializer.deserialize(nu)).isEqualTo(event);
    }

    @Test
    void r11_theZrmIsRecordedWhenAtLeastOneGezinslidHasOne() {
        verwacht(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null)), intake -> {
            assertThat(intake.zrmVastgelegd(ZrmMoment.START)).isFalse();
            assertThat(intake.zrmVastgelegd(ZrmMoment.EIND)).isFalse();
        });
        verwacht(inBehandeling(lid(MOEDER, GezinslidRol.OUDER, null), zrm(MOEDER, ZrmMoment.START)),
                intake -> {
                    assertThat(intake.zrmVastgelegd(ZrmMoment.START)).isTrue();
                    assertThat(intake.zrmVastgelegd(ZrmMoment.EIND)).isFalse();
                });
    }

    @Test
    void anIntakeEventStoredTodayStillReads() {
        var serializer = Jackson3Serializer.builder().build();
        var event = new ZrmVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, MOEDER, ZrmMoment.START, scores(2), VANDAAG,
                MEDEWERKER, NU);
        SerializedObject<String> opgeslagen = serializer.serialize(event, String.class);
        assertThat(opgeslagen.getType().getRevision()).isEqualTo("1");
        ZrmVastgelegd gelezen = serializer.deserialize(new SimpleSerializedObject<>(opgeslagen.getData(),
                String.class, opgeslagen.getType()));
        assertThat(gelezen).isEqualTo(event);
    }

    private static void assertRefused(List<Object> given, Object command) {
        AggregateFixtures.op(Zaak.class, NU).given(given)
                .when(command)
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R11"))
                .expectNoEvents();
    }

    /** The query methods on an intake rebuilt from its events, as event sourcing rebuilds it. */
    private static void verwacht(List<Object> given, Consumer<Intake> controle) {
        Intake intake = new Intake(null);
        for (Object event : given) {
            if (event instanceof ZaakGeopend e) {
                intake.on(e);
            } else if (event instanceof OverdrachtBijZaakGevoegd e) {
                intake.on(e);
            } else if (event instanceof OverdrachtAfgesplitst e) {
                intake.on(e);
            } else if (event instanceof GenoemdGezinslidGekoppeld e) {
                intake.on(e);
            } else if (event instanceof GesprekVastgelegd e) {
                intake.on(e);
            } else if (event instanceof GezinslidGeregistreerd e) {
                intake.on(e);
            } else if (event instanceof VeiligheidsinschattingVastgelegd e) {
                intake.on(e);
            } else if (event instanceof ZrmVastgelegd e) {
                intake.on(e);
            }
        }
        controle.accept(intake);
    }

    private static Intake intake(Zaak zaak) {
        try {
            var veld = Zaak.class.getDeclaredField("intake");
            veld.setAccessible(true);
            return (Intake) veld.get(zaak);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> plus(List<Object> given, Object... meer) {
        List<Object> alles = new ArrayList<>(given);
        alles.addAll(List.of(meer));
        return alles;
    }

    private static ZaakGeopend geopend() {
        return new ZaakGeopend(ZAAK_ID, "overdracht-1", "melding-1", GEZIN_ID, Route.NA_TRIAGE, GEMEENTE, null,
                NU.minusSeconds(7200), NU.minusSeconds(7200), null);
    }

    private static ZaakGeopend geopendMet(GenoemdGezinslid... genoemd) {
        return new ZaakGeopend(ZAAK_ID, "overdracht-1", "melding-1", GEZIN_ID, Route.NA_TRIAGE, GEMEENTE, null,
                NU.minusSeconds(7200), NU.minusSeconds(7200), null, List.of(genoemd));
    }

    private static GesprekVastgelegd gesprek(String lidId) {
        return new GesprekVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, lidId, GezinslidRol.OUDER, true,
                VANDAAG.minusDays(1), null, null, MEDEWERKER, NU.minusSeconds(1200));
    }

    private static OverdrachtGeaccepteerd geaccepteerd() {
        return new OverdrachtGeaccepteerd(ZAAK_ID, "overdracht-1", GEZIN_ID, GEMEENTE, MEDEWERKER,
                NU.minusSeconds(3600), "Westwijk");
    }

    /** A zaak taken into treatment, followed by the given intake events. */
    private static List<Object> inBehandeling(Object... events) {
        return plus(List.of(geopend(), geaccepteerd()), events);
    }

    private static GezinslidGeregistreerd lid(String lidId, GezinslidRol rol, String persoonId) {
        return new GezinslidGeregistreerd(ZAAK_ID, GEZIN_ID, GEMEENTE, lidId, rol, persoonId, null, MEDEWERKER,
                NU.minusSeconds(1800));
    }

    private static VeiligheidsinschattingVastgelegd oordeel(String lidId, Veiligheidsoordeel oordeel) {
        return new VeiligheidsinschattingVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, lidId, Veiligheidsinstrument.ETM,
                oordeel, ONDERBOUWING, MEDEWERKER, NU.minusSeconds(600));
    }

    private static ZrmVastgelegd zrm(String lidId, ZrmMoment moment) {
        return new ZrmVastgelegd(ZAAK_ID, GEZIN_ID, GEMEENTE, lidId, moment, scores(3), VANDAAG.minusDays(1),
                MEDEWERKER, NU.minusSeconds(600));
    }

    private static Map<ZrmDomein, Integer> scores(int score) {
        Map<ZrmDomein, Integer> scores = new EnumMap<>(ZrmDomein.class);
        for (ZrmDomein domein : ZrmDomein.values()) {
            scores.put(domein, score);
        }
        return scores;
    }

    private static Map<Leefgebied, String> bevindingen() {
        Map<Leefgebied, String> bevindingen = new EnumMap<>(Leefgebied.class);
        for (Leefgebied gebied : Leefgebied.values()) {
            bevindingen.put(gebied, "Bevinding over " + gebied.name().toLowerCase());
        }
        return bevindingen;
    }
}
