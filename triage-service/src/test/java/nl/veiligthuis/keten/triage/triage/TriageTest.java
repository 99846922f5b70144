package nl.veiligthuis.keten.triage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.triage.onderzoek.Onderzoek;
import nl.veiligthuis.keten.triage.onderzoek.OnderzoekAangemeld;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import nl.veiligthuis.keten.triage.termijn.Werkdagen;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis.Grond;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class TriageTest {

    private static final Instant MAANDAG = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate UITERLIJK = LocalDate.of(2026, 11, 30);
    private static final Instant EINDE_VIJFDE_WERKDAG = Instant.parse("2026-11-30T23:00:00Z");
    private static final Triagist TRIAGIST = new Triagist("A. de Vries", "010-1234567");
    private static final String REGIO = "Rotterdam-Rijnmond";

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Triage> fixture = AggregateFixtures.op(Triage.class, MAANDAG);

    private static OpenTriage open(boolean acuut, Instant ontvangenOp) {
        return new OpenTriage("m-1", "g-1", "Vlaardingen", REGIO, acuut, ontvangenOp, false);
    }

    private static TriageGeopend geopend(boolean acuut) {
        return geopend(acuut, MAANDAG);
    }

    private static TriageGeopend geopend(boolean acuut, Instant ontvangenOp) {
        return new TriageGeopend("m-1", "g-1", "Vlaardingen", acuut, ontvangenOp, UITERLIJK, MAANDAG, REGIO, false);
    }

    private static MonitoringsfrequentieVastgesteld standaardFrequentie(boolean acuut) {
        return new MonitoringsfrequentieVastgesteld("m-1", "g-1",
                acuut ? Monitoringsfrequentie.DAGELIJKS : Monitoringsfrequentie.WEKELIJKS, "standaard bij ontvangst",
                null, MAANDAG);
    }

    /** A frequency whose first wachtcontact check (R5) lies beyond the triage term. */
    private static StelMonitoringsfrequentieIn tweewekelijks() {
        return new StelMonitoringsfrequentieIn("m-1", Monitoringsfrequentie.TWEEWEKELIJKS, "telefonisch",
                TRIAGIST);
    }

    private static TriageGestart gestart() {
        return new TriageGestart("m-1", "g-1", TRIAGIST, MAANDAG);
    }

    private static TriageAfgerond afgerond(Uitkomst uitkomst, Ernst ernst, String advies, boolean binnenTermijn,
                                           int ronde) {
        return new TriageAfgerond("m-1", "g-1", "Vlaardingen", uitkomst, TRIAGIST, ernst, "afweging", advies, MAANDAG,
                binnenTermijn, ronde);
    }

    private static RondTriageAf besluit(Uitkomst uitkomst, Ernst ernst, String advies) {
        return new RondTriageAf("m-1", uitkomst, TRIAGIST, ernst, "afweging", advies);
    }

    private static ZichtOpVeiligheidBijVeiligThuis zicht(Instant sinds, Grond grond) {
        return new ZichtOpVeiligheidBijVeiligThuis("m-1", "g-1", sinds, grond);
    }

    @Test
    void openingATriageSchedulesTheFiveWorkingDayTermAndAMonitoringFrequency() {
        // R1, R5: every case has a monitoring frequency from receipt
        fixture.givenNoPriorActivity()
                .when(open(false, MAANDAG))
                .expectEvents(geopend(false), standaardFrequentie(false))
                .expectScheduledDeadlineWithName(EINDE_VIJFDE_WERKDAG, Triage.TRIAGETERMIJN)
                .expectScheduledDeadline(MAANDAG.plus(Duration.ofDays(7)),
                        new Wachtcontacttermijn(MAANDAG.plus(Duration.ofDays(7))));
    }

    @Test
    void aTriageTermThatPassesUnnoticedIsSignalled() {
        // R1, R2: the term passing moves zicht op veiligheid to VT without anyone acting
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(false, MAANDAG), tweewekelijks())
                .whenThenTimeAdvancesTo(EINDE_VIJFDE_WERKDAG)
                .expectEvents(new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN));
    }

    @Test
    void noSignalBeforeTheEndOfTheFifthWorkingDay() {
        // R1: the whole fifth working day counts
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(false, MAANDAG), tweewekelijks())
                .whenThenTimeElapses(Duration.ofDays(7).plusHours(13))
                .expectNoEvents();
    }

    @Test
    void r5_startingTheTriageEndsTheWaitForTriageOnce() {
        // R5: the wait for the start of triage ends when a triagist picks the melding up; a second start is a no-op
        fixture.given(geopend(false))
                .when(new StartTriage("m-1", TRIAGIST))
                .expectEvents(gestart());
        fixture.given(geopend(false), gestart())
                .when(new StartTriage("m-1", new Triagist("B. Jansen", "010-7654321")))
                .expectNoEvents();
    }

    @Test
    void r11_issue14_theHandoverNamesThePersonsTheMeldingNamed() {
        // issue 14 point 1: the wijkteam's zaak knows every child from the start, by its pseudonymous persoonId
        var leden = java.util.List.of(new GenoemdGezinslid("p-moeder", "OUDER"), new GenoemdGezinslid("p-kind", "KIND"));
        fixture.given(new TriageGeopend("m-1", "g-1", "Vlaardingen", false, MAANDAG, UITERLIJK, MAANDAG, REGIO, false,
                        null, leden), gestart())
                .when(besluit(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies"))
                .expectEvents(afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies", true, 1),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND),
                        new OverdrachtGedaan(Triage.overdrachtId("m-1"), "m-1", "g-1", Route.NA_TRIAGE, "Vlaardingen",
                                null, MAANDAG, null, null, leden));
        AggregateFixtures.op(Triage.class, MAANDAG).givenNoPriorActivity()
                .when(new OpenTriage("m-1", "g-1", "Vlaardingen", REGIO, false, MAANDAG, false, null, leden))
                .expectEvents(new TriageGeopend("m-1", "g-1", "Vlaardingen", false, MAANDAG, UITERLIJK, MAANDAG, REGIO,
                        false, null, leden), standaardFrequentie(false));
    }

    @Test
    void r11_issue14_eventsStoredBeforeTheMeldingsPersonsWereKeptReadWithNobodyNamed() {
        var serializer = Jackson3Serializer.builder().build();
        TriageGeopend geopend = serializer.deserialize(new SimpleSerializedObject<>("""
                {"meldingId":"m-1","gezinId":"g-1","gemeente":"Vlaardingen","acuutOnveilig":false,
                 "ontvangenOp":"2026-11-23T09:00:00Z","uiterlijkAfgerondOp":"2026-11-30",
                 "geopendOp":"2026-11-23T09:00:00Z","regio":"VT Rotterdam Rijnmond","herhaalmelding":false}""",
                String.class, TriageGeopend.class.getName(), "1"));
        assertThat(geopend.leden()).isEmpty();
        OverdrachtGedaan overdracht = serializer.deserialize(new SimpleSerializedObject<>("""
                {"overdrachtId":"o-1","meldingId":"m-1","gezinId":"g-1","route":"NA_TRIAGE","gemeente":"Vlaardingen",
                 "onderzoekId":null,"gedaanOp":"2026-11-24T09:00:00Z","aantalDoelen":null}""",
                String.class, OverdrachtGedaan.class.getName(), "1"));
        assertThat(overdracht.leden()).isEmpty();
        OnderzoekAangemeld onderzoek = serializer.deserialize(new SimpleSerializedObject<>("""
                {"onderzoekId":"o-1","meldingId":"m-1","gezinId":"g-1","gemeente":"Vlaardingen",
                 "aangemeldOp":"2026-11-24T09:00:00Z"}""", String.class, OnderzoekAangemeld.class.getName(), "1"));
        assertThat(onderzoek.leden()).isEmpty();
    }

    @Test
    void handoverAfterTriageIsDoneWithTheDecision() {
        // R3, R7: the decision names the triagist with direct contact and the reasoning; the handover follows
        fixture.given(geopend(false), gestart())
                .when(besluit(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies"))
                .expectEvents(afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies", true, 1),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND),
                        new OverdrachtGedaan(Triage.overdrachtId("m-1"), "m-1", "g-1", Route.NA_TRIAGE, "Vlaardingen",
                                null, MAANDAG, null))
                .expectResultMessagePayload(new Vervolg(null, Triage.overdrachtId("m-1")))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aDecisionWithoutAnExplicitStartStartsTheTriageToo() {
        // R5: the start is recorded, so "waiting for the start of triage" ends no later than the decision
        fixture.given(geopend(false))
                .when(besluit(Uitkomst.ONDERZOEK, Ernst.STRUCTUREEL_ONVEILIG, null))
                .expectEvents(gestart(), afgerond(Uitkomst.ONDERZOEK, Ernst.STRUCTUREEL_ONVEILIG, null, true, 1),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND))
                .expectResultMessagePayload(new Vervolg(Onderzoek.idVoor("m-1"), null));
    }

    @Test
    void aDecisionAfterTheTermIsRecordedAsLate() {
        // R1: completed, but not within 5 working days
        fixture.given(geopend(false), gestart(), new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN))
                .when(besluit(Uitkomst.AFSLUITEN, Ernst.GEEN_ONVEILIGHEID_VASTGESTELD, null))
                .expectEvents(afgerond(Uitkomst.AFSLUITEN, Ernst.GEEN_ONVEILIGHEID_VASTGESTELD, null, false, 1));
    }

    @Test
    void aTriageIsDecidedOnlyOnce() {
        // R3
        fixture.given(geopend(false), gestart(),
                        afgerond(Uitkomst.AFSLUITEN, Ernst.GEEN_ONVEILIGHEID_VASTGESTELD, null, true, 1))
                .when(besluit(Uitkomst.ONDERZOEK, Ernst.ZORGEN_OVER_VEILIGHEID, null))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }

    @Test
    void r3_spoedIsTheActionForAcuteUnsafetyOnly() {
        // R3: SPOED with a severity below acuut onveilig is refused, nothing recorded
        fixture.given(geopend(false), gestart())
                .when(besluit(Uitkomst.SPOED, Ernst.ZORGEN_OVER_VEILIGHEID, null))
                .expectException(CommandExecutionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("ACUUT_ONVEILIG"))
                .expectNoEvents();
    }

    @Test
    void r3_closingWithoutFollowUpIsRefusedWhenTheGezinIsUnsafe() {
        // R3 (with R16's "let go only when it is safe")
        for (Ernst ernst : new Ernst[] {Ernst.ACUUT_ONVEILIG, Ernst.STRUCTUREEL_ONVEILIG}) {
            fixture.given(geopend(false), gestart())
                    .when(besluit(Uitkomst.AFSLUITEN, ernst, null))
                    .expectException(CommandExecutionException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void r3_spoedFromAnAcuutMeldingIsActionableAtOnce() {
        // R2, R3: at the moment of receipt, without a separate start, VT decides SPOED; zicht was VT's from receipt
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(true, MAANDAG))
                .when(besluit(Uitkomst.SPOED, Ernst.ACUUT_ONVEILIG, null))
                .expectEvents(gestart(), afgerond(Uitkomst.SPOED, Ernst.ACUUT_ONVEILIG, null, true, 1));
    }

    @Test
    void anAcuutOnveiligeMeldingIsVeiligThuisResponsibilityFromReceipt() {
        // R2, R5: acuut gets a daily monitoring frequency by default
        Instant ontvangenOp = MAANDAG.minusSeconds(3600);
        fixture.givenNoPriorActivity()
                .when(open(true, ontvangenOp))
                .expectEvents(geopend(true, ontvangenOp), standaardFrequentie(true),
                        zicht(ontvangenOp, Grond.ACUUT_ONVEILIG));
    }

    @Test
    void otherwiseVeiligThuisIsResponsibleFromCompletionOfTriage() {
        // R2
        fixture.given(geopend(false), gestart())
                .when(besluit(Uitkomst.INTERVENTIE, Ernst.STRUCTUREEL_ONVEILIG, null))
                .expectEvents(afgerond(Uitkomst.INTERVENTIE, Ernst.STRUCTUREEL_ONVEILIG, null, true, 1),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND));
    }

    @Test
    void closingAtTriageDoesNotMakeVeiligThuisResponsible() {
        // R2, R3: AFSLUITEN means no further VT involvement
        fixture.given(geopend(false), gestart())
                .when(besluit(Uitkomst.AFSLUITEN, Ernst.GEEN_ONVEILIGHEID_VASTGESTELD, null))
                .expectEvents(afgerond(Uitkomst.AFSLUITEN, Ernst.GEEN_ONVEILIGHEID_VASTGESTELD, null, true, 1));
    }

    @Test
    void aPassedTermMakesVeiligThuisResponsibleFromTheEndOfTheFifthWorkingDayEvenWhenTheDeadlineFiresLate() {
        // R2: the moment the term passed, not the moment the deadline was handled (the handler's clock says MAANDAG)
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(false, MAANDAG), tweewekelijks())
                .whenThenTimeAdvancesTo(Instant.parse("2026-12-03T10:00:00Z"))
                .expectEvents(new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN));
    }

    @Test
    void veiligThuisTakesResponsibilityOnlyOnceWhenAcuutAndTheTermPasses() {
        // R2: acuut at receipt; the passing term changes nothing about since when
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(true, MAANDAG), tweewekelijks())
                .whenThenTimeAdvancesTo(EINDE_VIJFDE_WERKDAG)
                .expectEvents(new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG));
    }

    @Test
    void veiligThuisTakesResponsibilityOnlyOnceWhenTheTermPassedBeforeTheDecision() {
        // R2
        fixture.given(geopend(false), gestart(), new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN))
                .when(besluit(Uitkomst.ONDERZOEK, Ernst.STRUCTUREEL_ONVEILIG, null))
                .expectEvents(afgerond(Uitkomst.ONDERZOEK, Ernst.STRUCTUREEL_ONVEILIG, null, false, 1));
    }

    @Test
    void r5_veiligThuisReplacesTheDefaultMonitoringFrequencyByItsOwnEstimate() {
        // R5
        var medewerker = new Triagist("C. Bakker", "010-5555555");
        fixture.given(geopend(false), standaardFrequentie(false))
                .when(new StelMonitoringsfrequentieIn("m-1", Monitoringsfrequentie.TWEE_KEER_PER_WEEK,
                        "telefonisch contact met school", medewerker))
                .expectEvents(new MonitoringsfrequentieVastgesteld("m-1", "g-1",
                        Monitoringsfrequentie.TWEE_KEER_PER_WEEK, "telefonisch contact met school", medewerker,
                        MAANDAG));
    }

    private static final Instant ACCEPTATIE = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant TERUGMELDING = Instant.parse("2026-12-02T10:00:00Z");

    private Object[] overgedragenEnGeaccepteerd() {
        return new Object[] {geopend(false), gestart(),
                afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies", true, 1),
                zicht(MAANDAG, Grond.TRIAGE_AFGEROND),
                new OverdrachtGedaan(Triage.overdrachtId("m-1"), "m-1", "g-1", Route.NA_TRIAGE, "Vlaardingen", null,
                        MAANDAG, null),
                new ZichtOpVeiligheidBijWijkteam("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"), ACCEPTATIE, null)};
    }

    @Test
    void r9_anAcceptedHandoverMovesZichtOpVeiligheidToTheWijkteamOnce() {
        // R2, R9
        var acceptatie = new VerwerkAcceptatie("m-1", "z-1", Triage.overdrachtId("m-1"), ACCEPTATIE, "Westwijk");
        fixture.given(geopend(false), gestart(),
                        afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies", true, 1),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND))
                .when(acceptatie)
                .expectEvents(new ZichtOpVeiligheidBijWijkteam("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"),
                        ACCEPTATIE, "Westwijk"));
        fixture.given(overgedragenEnGeaccepteerd())
                .when(acceptatie)
                .expectNoEvents();
    }

    @Test
    void r9_aReturnedZaakComesBackToVeiligThuisWithZichtOpVeiligheidAndIsCounted() {
        // R9: responsibility returns to VT from the moment of the return; the case awaits a new decision
        fixture.given(overgedragenEnGeaccepteerd())
                .when(new VerwerkTerugmelding("m-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                        "ONVOLDOENDE_MIDDELEN", TERUGMELDING))
                .expectEvents(new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"),
                                "NA_TRIAGE", "ONVOLDOENDE_MIDDELEN", TERUGMELDING, MAANDAG, 1),
                        zicht(TERUGMELDING, Grond.ZAAK_TERUGGEMELD));
    }

    @Test
    void r2_r16_aSafeClosingByTheWijkteamEndsItsZichtOpVeiligheidOnce() {
        // R2: the chain knows nobody holds zicht any more once the wijkteam closed with every child safe (R16)
        var afsluiting = new VerwerkAfsluiting("m-1", "z-1", Triage.overdrachtId("m-1"), TERUGMELDING);
        var beeindigd = new ZichtOpVeiligheidBeeindigd("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"), TERUGMELDING);
        fixture.given(overgedragenEnGeaccepteerd())
                .when(afsluiting)
                .expectEvents(beeindigd);
        var given = new java.util.ArrayList<>(java.util.List.of(overgedragenEnGeaccepteerd()));
        given.add(beeindigd);
        fixture.given(given)
                .when(afsluiting)
                .expectNoEvents();
        // a closing of a zaak VT never handed over or that was returned leaves zicht where it is
        fixture.given(geopend(false), gestart(),
                        afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies", true, 1),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND))
                .when(afsluiting)
                .expectNoEvents();
    }

    @Test
    void r9_aRedeliveredReturnChangesNothing() {
        // R9: counted once per handover, however often the event arrives
        var terugmelding = new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"),
                "NA_TRIAGE", "ONVOLDOENDE_MIDDELEN", TERUGMELDING, MAANDAG, 1);
        var given = new java.util.ArrayList<>(java.util.List.of(overgedragenEnGeaccepteerd()));
        given.add(terugmelding);
        given.add(zicht(TERUGMELDING, Grond.ZAAK_TERUGGEMELD));
        fixture.given(given)
                .when(new VerwerkTerugmelding("m-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                        "ONVOLDOENDE_MIDDELEN", TERUGMELDING))
                .expectNoEvents();
    }

    @Test
    void r9_afterAReturnVeiligThuisDecidesAgainAndASecondHandoverHasItsOwnId() {
        // R9: back on the worklist: a new decision, a new overdracht, and the second return counts as the second
        var given = new java.util.ArrayList<>(java.util.List.of(overgedragenEnGeaccepteerd()));
        given.add(new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                "ONVOLDOENDE_MIDDELEN", TERUGMELDING, MAANDAG, 1));
        given.add(zicht(TERUGMELDING, Grond.ZAAK_TERUGGEMELD));
        String tweedeOverdracht = Triage.overdrachtId("m-1", 1);
        fixture.given(given)
                .when(besluit(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.STRUCTUREEL_ONVEILIG, "ander wijkteam"))
                .expectEvents(gestart(),
                        afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.STRUCTUREEL_ONVEILIG, "ander wijkteam", true,
                                2),
                        new OverdrachtGedaan(tweedeOverdracht, "m-1", "g-1", Route.NA_TRIAGE, "Vlaardingen", null,
                                MAANDAG, null))
                .expectResultMessagePayload(new Vervolg(null, tweedeOverdracht));
        org.assertj.core.api.Assertions.assertThat(tweedeOverdracht).isNotEqualTo(Triage.overdrachtId("m-1"));

        given.add(gestart());
        given.add(afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.STRUCTUREEL_ONVEILIG, "ander wijkteam", true, 2));
        given.add(new OverdrachtGedaan(tweedeOverdracht, "m-1", "g-1", Route.NA_TRIAGE, "Vlaardingen", null,
                MAANDAG, null));
        fixture.given(given)
                .when(new VerwerkTerugmelding("m-1", "z-2", tweedeOverdracht, "NA_TRIAGE",
                        "GEEN_HULPVRAAG_BIJ_ONVEILIGHEID", TERUGMELDING))
                .expectEvents(new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-2", tweedeOverdracht, "NA_TRIAGE",
                        "GEEN_HULPVRAAG_BIJ_ONVEILIGHEID", TERUGMELDING, MAANDAG, 2));
    }

    @Test
    void r1_r9_aNewDecisionAfterAReturnIsMeasuredAgainstAFreshTermFromTheReturn() {
        // issue 14 point 2: received Monday 23 November (first term: 30 November), returned Wednesday 2 December
        LocalDate nieuw = LocalDate.of(2026, 12, 9);
        assertThat(Werkdagen.triagetermijn(TERUGMELDING)).isEqualTo(nieuw);
        var terugmelding = new VerwerkTerugmelding("m-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                "ONVOLDOENDE_MIDDELEN", TERUGMELDING);
        fixture.given(overgedragenEnGeaccepteerd())
                .when(terugmelding)
                .expectEvents(new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"),
                                "NA_TRIAGE", "ONVOLDOENDE_MIDDELEN", TERUGMELDING, MAANDAG, 1, nieuw),
                        zicht(TERUGMELDING, Grond.ZAAK_TERUGGEMELD))
                .expectScheduledDeadlineWithName(Werkdagen.eindeVan(nieuw), Triage.TRIAGETERMIJN);

        // decided on 8 December: after the melding's first term, within the fresh one
        Instant binnen = Instant.parse("2026-12-08T10:00:00Z");
        var teruggemeld = new java.util.ArrayList<>(java.util.List.of(overgedragenEnGeaccepteerd()));
        teruggemeld.add(new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                "ONVOLDOENDE_MIDDELEN", TERUGMELDING, TERUGMELDING, 1, nieuw));
        teruggemeld.add(zicht(TERUGMELDING, Grond.ZAAK_TERUGGEMELD));
        AggregateFixtures.op(Triage.class, binnen).given(teruggemeld)
                .when(besluit(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.STRUCTUREEL_ONVEILIG, "ander wijkteam"))
                .expectEvents(new TriageGestart("m-1", "g-1", TRIAGIST, binnen),
                        new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.OVERDRACHT_LOKAAL_VELD, TRIAGIST,
                                Ernst.STRUCTUREEL_ONVEILIG, "afweging", "ander wijkteam", binnen, true, 2),
                        new OverdrachtGedaan(Triage.overdrachtId("m-1", 1), "m-1", "g-1", Route.NA_TRIAGE,
                                "Vlaardingen", null, binnen, null));
        // on 10 December: after the fresh term too
        Instant laat = Instant.parse("2026-12-10T10:00:00Z");
        AggregateFixtures.op(Triage.class, laat).given(teruggemeld)
                .when(besluit(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.STRUCTUREEL_ONVEILIG, "ander wijkteam"))
                .expectEvents(new TriageGestart("m-1", "g-1", TRIAGIST, laat),
                        new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.OVERDRACHT_LOKAAL_VELD, TRIAGIST,
                                Ernst.STRUCTUREEL_ONVEILIG, "afweging", "ander wijkteam", laat, false, 2),
                        new OverdrachtGedaan(Triage.overdrachtId("m-1", 1), "m-1", "g-1", Route.NA_TRIAGE,
                                "Vlaardingen", null, laat, null));
    }

    @Test
    void r1_r9_aFreshTermAfterAReturnThatPassesUnnoticedIsSignalledWithItsOwnLastDay() {
        // issue 14 point 2: the return's term, not the melding's first one, and only once
        LocalDate nieuw = Werkdagen.triagetermijn(TERUGMELDING);
        fixture.givenCurrentTime(MAANDAG)
                .andGiven(overgedragenEnGeaccepteerd())
                // a frequency whose first wachtcontact check (R5) lies beyond the fresh term
                .andGivenCommands(tweewekelijks(), new VerwerkTerugmelding("m-1", "z-1", Triage.overdrachtId("m-1"),
                        "NA_TRIAGE", "ONVOLDOENDE_MIDDELEN", TERUGMELDING))
                .whenThenTimeAdvancesTo(Werkdagen.eindeVan(nieuw))
                .expectEvents(new TriagetermijnOverschreden("m-1", "g-1", nieuw, MAANDAG));
    }

    @Test
    void r1_r9_aTriageReturnedBeforeTheFreshTermWasPlannedGetsItsDeadlineOnceAfterTheUpgrade() {
        // issue 14 point 2: V2_12 lists them; the term is worked out from the return as a replay of the old event does
        var teruggemeld = new java.util.ArrayList<>(java.util.List.of(overgedragenEnGeaccepteerd()));
        teruggemeld.add(new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                "ONVOLDOENDE_MIDDELEN", TERUGMELDING, TERUGMELDING, 1, null));
        LocalDate nieuw = Werkdagen.triagetermijn(TERUGMELDING);
        fixture.given(teruggemeld)
                .when(new PlanTermijnNaTerugmelding("m-1"))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(Werkdagen.eindeVan(nieuw), Triage.TRIAGETERMIJN);
        // decided meanwhile, or never returned: nothing to plan
        teruggemeld.add(gestart());
        teruggemeld.add(afgerond(Uitkomst.AFSLUITEN, Ernst.GEEN_ONVEILIGHEID_VASTGESTELD, null, true, 2));
        // a fixture of its own each: the stub deadline manager keeps what an earlier case scheduled
        AggregateFixtures.op(Triage.class, MAANDAG).given(teruggemeld)
                .when(new PlanTermijnNaTerugmelding("m-1"))
                .expectNoScheduledDeadlines();
        AggregateFixtures.op(Triage.class, MAANDAG).given(overgedragenEnGeaccepteerd())
                .when(new PlanTermijnNaTerugmelding("m-1"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void r9_aReturnBeforeAcceptanceLeavesZichtOpVeiligheidWithVeiligThuis() {
        // R9: VT never gave it away, so no new responsibility event, only the return
        fixture.given(geopend(false), gestart(),
                        afgerond(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies", true, 1),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND),
                        new OverdrachtGedaan(Triage.overdrachtId("m-1"), "m-1", "g-1", Route.NA_TRIAGE, "Vlaardingen",
                                null, MAANDAG, null))
                .when(new VerwerkTerugmelding("m-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                        "OVERSTIJGENDE_PROBLEMATIEK", TERUGMELDING))
                .expectEvents(new ZaakTeruggemeldOntvangen("m-1", "g-1", "z-1", Triage.overdrachtId("m-1"),
                        "NA_TRIAGE", "OVERSTIJGENDE_PROBLEMATIEK", TERUGMELDING, MAANDAG, 1));
    }

    @Test
    void aKoppelingToAKnownGezinMovesTheCaseThereOnce() {
        // issue 3 point 3: later events carry the known gezin; a redelivery changes nothing
        fixture.given(geopend(false))
                .when(new VerwerkGezinskoppeling("m-1", "g-bekend", MAANDAG))
                .expectEvents(new TriageAanGezinGekoppeld("m-1", "g-1", "g-bekend", MAANDAG));
        fixture.given(geopend(false), new TriageAanGezinGekoppeld("m-1", "g-1", "g-bekend", MAANDAG))
                .when(new VerwerkGezinskoppeling("m-1", "g-bekend", MAANDAG))
                .expectNoEvents();
        fixture.given(geopend(false), new TriageAanGezinGekoppeld("m-1", "g-1", "g-bekend", MAANDAG))
                .when(new StartTriage("m-1", TRIAGIST))
                .expectEvents(new TriageGestart("m-1", "g-bekend", TRIAGIST, MAANDAG));
    }

    private static final Duration DAG = Duration.ofDays(1);

    private AggregateTestFixture<Triage> fixtureMet(TestKlok klok) {
        var metKlok = new AggregateTestFixture<>(Triage.class);
        metKlok.registerInjectableResource(klok);
        return metKlok;
    }

    private static LegWachtcontactVast wachtcontact(Instant contactOp) {
        return new LegWachtcontactVast("m-1", "c-1", contactOp, Wachtcontactwijze.HUISBEZOEK, true, TRIAGIST);
    }

    @Test
    void r5_aWachtcontactKeepsTheFrequencyAndTheNextIsDueAnIntervalAfterIt() {
        // R5: an acuut case is checked daily; a contact 20 hours after receipt moves the check to 44 hours
        var klok = new TestKlok(MAANDAG);
        var contactOp = MAANDAG.plus(Duration.ofHours(20));
        var volgend = contactOp.plus(DAG);
        var given = fixtureMet(klok).givenCurrentTime(MAANDAG).andGivenCommands(open(true, MAANDAG));
        klok.zet(contactOp);
        given.when(wachtcontact(contactOp))
                .expectEvents(new WachtcontactVastgelegd("m-1", "g-1", "c-1", contactOp, Wachtcontactwijze.HUISBEZOEK,
                        true, TRIAGIST, Monitoringsfrequentie.DAGELIJKS, volgend, contactOp))
                .expectResultMessagePayload(volgend)
                .expectScheduledDeadline(volgend, new Wachtcontacttermijn(volgend));

        // the check at 24 hours is gone: nothing is missed when the first interval passes
        var opnieuw = fixtureMet(klok).givenCurrentTime(MAANDAG);
        klok.zet(MAANDAG);
        var metContact = opnieuw.andGivenCommands(open(true, MAANDAG));
        klok.zet(contactOp);
        metContact.andGivenCommands(wachtcontact(contactOp))
                .whenThenTimeAdvancesTo(MAANDAG.plus(Duration.ofHours(30)))
                .expectNoEvents()
                .expectScheduledDeadline(volgend, new Wachtcontacttermijn(volgend));
    }

    @Test
    void r5_aMissedIntervalRaisesWachtcontactGemistAndSchedulesTheNext() {
        // R5: a signal, never silently dropped; the next interval counts from the missed moment
        var uiterlijk = MAANDAG.plus(DAG);
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(true, MAANDAG))
                .whenThenTimeAdvancesTo(uiterlijk)
                .expectTriggeredDeadlinesWithName(Triage.WACHTCONTACT)
                .expectEvents(new WachtcontactGemist("m-1", "g-1", Monitoringsfrequentie.DAGELIJKS, null, uiterlijk, 1,
                        uiterlijk.plus(DAG), uiterlijk))
                .expectScheduledDeadline(uiterlijk.plus(DAG), new Wachtcontacttermijn(uiterlijk.plus(DAG)));
    }

    @Test
    void r5_aCheckThatRunsLateCountsEveryIntervalMissedOnce() {
        // R5: the scheduler was down for three days: one signal for the three daily contacts missed, not three
        // signals at once, and the next check lies ahead
        var klok = new TestKlok(MAANDAG);
        var given = fixtureMet(klok).givenCurrentTime(MAANDAG).andGivenCommands(open(true, MAANDAG));
        var laat = MAANDAG.plus(Duration.ofDays(3)).plus(Duration.ofHours(1));
        klok.zet(laat);
        given.whenThenTimeAdvancesTo(laat)
                .expectEvents(new WachtcontactGemist("m-1", "g-1", Monitoringsfrequentie.DAGELIJKS, null,
                        MAANDAG.plus(DAG), 3, MAANDAG.plus(Duration.ofDays(4)), laat))
                .expectScheduledDeadline(MAANDAG.plus(Duration.ofDays(4)),
                        new Wachtcontacttermijn(MAANDAG.plus(Duration.ofDays(4))));
    }

    @Test
    void r5_aNewFrequencyStartsANewIntervalFromWhenItWasSet() {
        // R5: from weekly to twice a week, two days after receipt: the check moves to 84 hours from now
        var klok = new TestKlok(MAANDAG);
        var given = fixtureMet(klok).givenCurrentTime(MAANDAG).andGivenCommands(open(false, MAANDAG));
        var later = MAANDAG.plus(Duration.ofDays(2));
        klok.zet(later);
        given.when(new StelMonitoringsfrequentieIn("m-1", Monitoringsfrequentie.TWEE_KEER_PER_WEEK, "telefonisch",
                        TRIAGIST))
                .expectScheduledDeadline(later.plus(Duration.ofHours(84)),
                        new Wachtcontacttermijn(later.plus(Duration.ofHours(84))))
                .expectNoScheduledDeadlineWithName(MAANDAG.plus(Duration.ofDays(7)), Triage.WACHTCONTACT);
    }

    @Test
    void r5_endingTheWaitCancelsTheCheckAndAContactIsThenRefused() {
        // R5: closed at triage: the case no longer waits, nothing is missed afterwards
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(false, MAANDAG),
                        besluit(Uitkomst.AFSLUITEN, Ernst.GEEN_ONVEILIGHEID_VASTGESTELD, null))
                .whenThenTimeAdvancesTo(MAANDAG.plus(Duration.ofDays(30)))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        // handed over and accepted by the wijkteam: the wait ends with the acceptance (R2, R9)
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(false, MAANDAG),
                        besluit(Uitkomst.OVERDRACHT_LOKAAL_VELD, Ernst.ZORGEN_OVER_VEILIGHEID, "advies"),
                        new VerwerkAcceptatie("m-1", "z-1", Triage.overdrachtId("m-1"), ACCEPTATIE, null))
                .whenThenTimeAdvancesTo(MAANDAG.plus(Duration.ofDays(30)))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
        fixture.given(overgedragenEnGeaccepteerd())
                .when(wachtcontact(MAANDAG))
                .expectException(CommandExecutionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("wacht niet"))
                .expectNoEvents();
    }

    @Test
    void r5_waitingForTheOnderzoekOrTheAcceptanceGoesOnBeingChecked() {
        // R5: a decision for an onderzoek or a handover does not end the wait
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(open(false, MAANDAG), besluit(Uitkomst.ONDERZOEK, Ernst.STRUCTUREEL_ONVEILIG, null))
                .whenThenTimeAdvancesTo(MAANDAG.plus(Duration.ofDays(7)))
                .expectEvents(new WachtcontactGemist("m-1", "g-1", Monitoringsfrequentie.WEKELIJKS, null,
                        MAANDAG.plus(Duration.ofDays(7)), 1, MAANDAG.plus(Duration.ofDays(14)),
                        MAANDAG.plus(Duration.ofDays(7))));
    }

    @Test
    void r5_aReturnedZaakWaitsAgainWithAFirstIntervalFromTheReturn() {
        // R5, R9: back at VT, the case is checked at its frequency again
        fixture.given(overgedragenEnGeaccepteerd())
                .when(new VerwerkTerugmelding("m-1", "z-1", Triage.overdrachtId("m-1"), "NA_TRIAGE",
                        "ONVOLDOENDE_MIDDELEN", TERUGMELDING))
                .expectScheduledDeadline(TERUGMELDING.plus(Duration.ofDays(7)),
                        new Wachtcontacttermijn(TERUGMELDING.plus(Duration.ofDays(7))));
    }

    @Test
    void r5_aWachtcontactInTheFutureOrBeforeReceiptIsRefused() {
        // R5: a contact that happened, while the case exists
        fixture.given(geopend(false), standaardFrequentie(false))
                .when(wachtcontact(MAANDAG.plusSeconds(60)))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
        fixture.given(geopend(false), standaardFrequentie(false))
                .when(wachtcontact(MAANDAG.minusSeconds(60)))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }
}
