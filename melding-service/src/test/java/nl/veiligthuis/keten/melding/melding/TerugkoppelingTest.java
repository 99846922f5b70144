package nl.veiligthuis.keten.melding.melding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** R6: feedback to the melder after triage and after onderzoek, with the allowed content only. */
class TerugkoppelingTest {

    private static final Instant NU = Instant.parse("2026-11-24T10:00:01Z");
    private static final String REGIO = "Veilig Thuis Rotterdam Rijnmond";

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Melding> fixture = AggregateFixtures.op(Melding.class, NU);

    @Test
    void r6_afterTriageAProfessionalHearsTheRouteAndItsPartners() {
        // R6
        fixture.given(ontvangen(new Melder(MelderType.PROFESSIONAL, "Basisschool De Regenboog", "010-7654321")))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE, Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS,
                        null))
                .expectEvents(verstuurd(MelderType.PROFESSIONAL, Moment.NA_TRIAGE,
                        Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, List.of(REGIO)));
    }

    @Test
    void r6_aHandoverAfterTriageNamesTheWijkteamOfTheMeldingsGemeente() {
        // R6: triage-afgerond names no gemeente, so the melding's own is the wijkteam's
        fixture.given(ontvangen(new Melder(MelderType.POLITIE, "Politie Eenheid Rotterdam", null)))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                        null))
                .expectEvents(verstuurd(MelderType.POLITIE, Moment.NA_TRIAGE, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                        List.of("Wijkteam Vlaardingen")));
    }

    @Test
    void r6_afterOnderzoekTheHandoverNamesTheReceivingWijkteamAndVeiligThuisThatMonitors() {
        // R6, R14: after a handover after onderzoek VT monitors, so it stays a partner
        fixture.given(ontvangen(professional()), verstuurd(MelderType.PROFESSIONAL, Moment.NA_TRIAGE,
                        Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, List.of(REGIO)))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_ONDERZOEK,
                        Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, "Schiedam"))
                .expectEvents(verstuurd(MelderType.PROFESSIONAL, Moment.NA_ONDERZOEK,
                        Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, List.of("Wijkteam Schiedam", REGIO)));
    }

    @Test
    void r6_aSecondEventForTheSameMomentChangesNothing() {
        // R6: a redelivery, or triage deciding twice, does not write to the melder twice
        fixture.given(ontvangen(professional()), verstuurd(MelderType.PROFESSIONAL, Moment.NA_TRIAGE,
                        Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, List.of(REGIO)))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE, Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS,
                        null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void r6_r9_issue14_aNewDecisionAfterAReturnGetsANewLetterEachDecisionOne() {
        // issue 14 point 5: after the wijkteam returned the zaak (R9) VT decides again: the melder hears it again
        var eerste = verstuurd(MelderType.PROFESSIONAL, Moment.NA_TRIAGE, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                List.of("Wijkteam Vlaardingen"));
        var tweedeBesluit = new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE,
                Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, null, Aanleiding.triageRonde(2));
        var tweede = new TerugkoppelingVerstuurd("melding-1", "gezin-1", Moment.NA_TRIAGE, MelderType.PROFESSIONAL,
                Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, List.of(REGIO), Terugkoppelingsbrief.tekst(
                MelderType.PROFESSIONAL, Moment.NA_TRIAGE, Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, List.of(REGIO),
                REGIO), NU, Aanleiding.triageRonde(2));
        // the first letter was recorded before letters named their decision: it answered the first
        fixture.given(ontvangen(professional()), eerste)
                .when(tweedeBesluit)
                .expectEvents(tweede);
        AggregateFixtures.op(Melding.class, NU).given(ontvangen(professional()), eerste)
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE,
                        Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS, null, Aanleiding.triageRonde(1)))
                .expectNoEvents();
        AggregateFixtures.op(Melding.class, NU).given(ontvangen(professional()), eerste, tweede)
                .when(tweedeBesluit)
                .expectNoEvents();
        // a handover after a second onderzoek is a letter of its own too
        var naOnderzoek = new TerugkoppelingVerstuurd("melding-1", "gezin-1", Moment.NA_ONDERZOEK,
                MelderType.PROFESSIONAL, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, List.of("Wijkteam Vlaardingen", REGIO),
                "brief", NU, Aanleiding.onderzoek("o-1"));
        AggregateFixtures.op(Melding.class, NU).given(ontvangen(professional()), naOnderzoek)
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_ONDERZOEK,
                        Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM, null, Aanleiding.onderzoek("o-2")))
                .expectEvents(new TerugkoppelingVerstuurd("melding-1", "gezin-1", Moment.NA_ONDERZOEK,
                        MelderType.PROFESSIONAL, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                        List.of("Wijkteam Vlaardingen", REGIO), Terugkoppelingsbrief.tekst(MelderType.PROFESSIONAL,
                        Moment.NA_ONDERZOEK, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                        List.of("Wijkteam Vlaardingen", REGIO), REGIO), NU, Aanleiding.onderzoek("o-2")));
    }

    @Test
    void r6_issue14_aLetterStoredBeforeItNamedItsDecisionReadsAsTheFirstDecision() {
        var serializer = Jackson3Serializer.builder().build();
        TerugkoppelingVerstuurd opgeslagen = serializer.deserialize(new SimpleSerializedObject<>("""
                        {"meldingId":"melding-1","gezinId":"gezin-1","moment":"NA_TRIAGE","melderType":"PROFESSIONAL",
                         "vervolgroute":"OVERGEDRAGEN_AAN_WIJKTEAM","partners":["Wijkteam Vlaardingen"],
                         "tekst":"Geachte melder","verstuurdOp":"2026-11-24T10:00:01Z"}""", String.class,
                        TerugkoppelingVerstuurd.class.getName(), "1"));
        assertThat(opgeslagen.aanleiding()).isNull();
        assertThat(opgeslagen.aanleidingOfStandaard()).isEqualTo("triage-ronde-1");
    }

    @Test
    void r6_anAnonymousMelderGetsNoFeedbackAndTheAuditSaysWhy() {
        // R6: none for anonymous melders; R19: recorded once per moment
        fixture.given(ontvangen(new Melder(MelderType.ANONIEM, null, null)))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE, Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS,
                        null))
                .expectEvents(new TerugkoppelingNietVerstuurd("melding-1", "gezin-1", Moment.NA_TRIAGE,
                        RedenGeenTerugkoppeling.ANONIEME_MELDER, NU));
        fixture.given(ontvangen(new Melder(MelderType.ANONIEM, null, null)),
                        new TerugkoppelingNietVerstuurd("melding-1", "gezin-1", Moment.NA_TRIAGE,
                                RedenGeenTerugkoppeling.ANONIEME_MELDER, NU))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE, Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS,
                        null))
                .expectNoEvents();
    }

    @Test
    void r6_aMelderWithoutContactDetailsGetsNoFeedback() {
        // R6
        fixture.given(ontvangen(new Melder(MelderType.BURGER, null, " ")))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE, Vervolgroute.ONDERZOEK_DOOR_VEILIG_THUIS,
                        null))
                .expectEvents(new TerugkoppelingNietVerstuurd("melding-1", "gezin-1", Moment.NA_TRIAGE,
                        RedenGeenTerugkoppeling.GEEN_CONTACTGEGEVENS, NU));
    }

    @Test
    void r6_aCitizenHearsOnlyWhetherARouteStartedWithoutPartners() {
        // R6: partners are named to professional (Meldcode) and police melders only
        fixture.given(ontvangen(new Melder(MelderType.BURGER, null, "buurman@example.org")))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                        null))
                .expectEvents(verstuurd(MelderType.BURGER, Moment.NA_TRIAGE, Vervolgroute.OVERGEDRAGEN_AAN_WIJKTEAM,
                        List.of()));
    }

    @Test
    void r6_theFeedbackFollowsTheMeldingToTheGezinItWasKoppeledTo() {
        // R6 after issue 3, point 3: the event is keyed by the gezin the melding now belongs to
        fixture.given(ontvangen(professional()),
                        new MogelijkeDuplicatenGesignaleerd("melding-1", "gezin-1",
                                List.of(new MogelijkDuplicaat("gezin-bekend", Herkenningsgrond.BSN)), NU),
                        new MeldingAanGezinGekoppeld("melding-1", "gezin-1", "gezin-bekend", NU))
                .when(new VerstuurTerugkoppeling("melding-1", Moment.NA_TRIAGE,
                        Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS, null))
                .expectEvents(new TerugkoppelingVerstuurd("melding-1", "gezin-bekend", Moment.NA_TRIAGE,
                        MelderType.PROFESSIONAL, Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS, List.of(),
                        Terugkoppelingsbrief.tekst(MelderType.PROFESSIONAL, Moment.NA_TRIAGE,
                                Vervolgroute.GEEN_VERVOLG_DOOR_VEILIG_THUIS, List.of(), REGIO), NU));
    }

    private static Melder professional() {
        return new Melder(MelderType.PROFESSIONAL, "Basisschool De Regenboog", "010-7654321");
    }

    private static TerugkoppelingVerstuurd verstuurd(MelderType melder, Moment moment, Vervolgroute route,
                                                     List<String> partners) {
        return new TerugkoppelingVerstuurd("melding-1", "gezin-1", moment, melder, route, partners,
                Terugkoppelingsbrief.tekst(melder, moment, route, partners, REGIO), NU);
    }

    private static MeldingOntvangen ontvangen(Melder melder) {
        return new MeldingOntvangen("melding-1", "gezin-1", melder, "Vlaardingen", REGIO,
                List.of(new Gezinslid("p-1", Rol.KIND, "Mila", "Jansen", LocalDate.of(2017, 9, 1), "111222333")),
                Set.of(Geweldsvorm.KINDERMISHANDELING_FYSIEK), true, false, "Blauwe plekken op de armen",
                Instant.parse("2026-11-20T14:05:00Z"), Instant.parse("2026-11-20T14:06:00Z"));
    }
}
