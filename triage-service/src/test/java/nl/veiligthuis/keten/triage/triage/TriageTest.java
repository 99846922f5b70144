package nl.veiligthuis.keten.triage.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import nl.veiligthuis.keten.triage.triage.ZichtOpVeiligheidBijVeiligThuis.Grond;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TriageTest {

    private static final Instant MAANDAG = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate UITERLIJK = LocalDate.of(2026, 11, 30);
    private static final Instant EINDE_VIJFDE_WERKDAG = Instant.parse("2026-11-30T23:00:00Z");
    private static final Triagist TRIAGIST = new Triagist("A. de Vries", "010-1234567");

    private AggregateTestFixture<Triage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Triage.class);
        fixture.registerInjectableResource(Clock.fixed(MAANDAG, ZoneOffset.UTC));
    }

    private TriageGeopend geopend(boolean acuut) {
        return new TriageGeopend("m-1", "g-1", "Vlaardingen", acuut, MAANDAG, UITERLIJK, MAANDAG);
    }

    private static ZichtOpVeiligheidBijVeiligThuis zicht(Instant sinds, Grond grond) {
        return new ZichtOpVeiligheidBijVeiligThuis("m-1", "g-1", sinds, grond);
    }

    @Test
    void openingATriageSchedulesTheFiveWorkingDayTerm() {
        // R1
        fixture.givenNoPriorActivity()
                .when(new OpenTriage("m-1", "g-1", "Vlaardingen", false, MAANDAG))
                .expectEvents(geopend(false))
                .expectScheduledDeadlineWithName(Instant.parse("2026-11-30T23:00:00Z"), Triage.TRIAGETERMIJN);
    }

    @Test
    void aTriageTermThatPassesUnnoticedIsSignalled() {
        // R1, R2: the term passing moves zicht op veiligheid to VT without anyone acting
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(new OpenTriage("m-1", "g-1", "Vlaardingen", false, MAANDAG))
                .whenThenTimeAdvancesTo(Instant.parse("2026-11-30T23:00:00Z"))
                .expectEvents(new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN));
    }

    @Test
    void noSignalBeforeTheEndOfTheFifthWorkingDay() {
        // R1: the whole fifth working day counts
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(new OpenTriage("m-1", "g-1", "Vlaardingen", false, MAANDAG))
                .whenThenTimeElapses(Duration.ofDays(7).plusHours(13))
                .expectNoEvents();
    }

    @Test
    void handoverAfterTriageIsDoneWithTheDecision() {
        // R3, R7: the decision names the triagist with direct contact and the reasoning; the handover follows
        fixture.given(geopend(false))
                .when(new RondTriageAf("m-1", Uitkomst.OVERDRACHT_LOKAAL_VELD, TRIAGIST, "MIDDEL", "afweging",
                        "advies"))
                .expectEvents(
                        new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.OVERDRACHT_LOKAAL_VELD, TRIAGIST,
                                "MIDDEL", "afweging", "advies", MAANDAG, true),
                        zicht(MAANDAG, Grond.TRIAGE_AFGEROND),
                        new OverdrachtGedaan(Triage.overdrachtId("m-1"), "m-1", "g-1", Route.NA_TRIAGE, "Vlaardingen",
                                null, MAANDAG))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anOnderzoekDecisionHandsNothingOverYet() {
        // R3, R8: after ONDERZOEK the handover waits for the rapportage and the overdrachtsgesprek
        fixture.given(geopend(false))
                .when(new RondTriageAf("m-1", Uitkomst.ONDERZOEK, TRIAGIST, "HOOG", "afweging", null))
                .expectEvents(new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.ONDERZOEK, TRIAGIST, "HOOG",
                        "afweging", null, MAANDAG, true), zicht(MAANDAG, Grond.TRIAGE_AFGEROND));
    }

    @Test
    void aDecisionAfterTheTermIsRecordedAsLate() {
        // R1: completed, but not within 5 working days
        fixture.given(geopend(false), new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN))
                .when(new RondTriageAf("m-1", Uitkomst.AFSLUITEN, TRIAGIST, null, "geen zorgen", null))
                .expectEvents(new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.AFSLUITEN, TRIAGIST, null,
                        "geen zorgen", null, MAANDAG, false));
    }

    @Test
    void aTriageIsDecidedOnlyOnce() {
        // R3
        fixture.given(geopend(false), new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.AFSLUITEN, TRIAGIST,
                        null, "x", null, MAANDAG, true))
                .when(new RondTriageAf("m-1", Uitkomst.ONDERZOEK, TRIAGIST, null, "y", null))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }

    @Test
    void anAcuutOnveiligeMeldingIsVeiligThuisResponsibilityFromReceipt() {
        // R2
        Instant ontvangenOp = MAANDAG.minusSeconds(3600);
        fixture.givenNoPriorActivity()
                .when(new OpenTriage("m-1", "g-1", "Vlaardingen", true, ontvangenOp))
                .expectEvents(new TriageGeopend("m-1", "g-1", "Vlaardingen", true, ontvangenOp, UITERLIJK, MAANDAG),
                        zicht(ontvangenOp, Grond.ACUUT_ONVEILIG));
    }

    @Test
    void otherwiseVeiligThuisIsResponsibleFromCompletionOfTriage() {
        // R2
        fixture.given(geopend(false))
                .when(new RondTriageAf("m-1", Uitkomst.INTERVENTIE, TRIAGIST, "MIDDEL", "afweging", null))
                .expectEvents(new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.INTERVENTIE, TRIAGIST,
                        "MIDDEL", "afweging", null, MAANDAG, true), zicht(MAANDAG, Grond.TRIAGE_AFGEROND));
    }

    @Test
    void closingAtTriageDoesNotMakeVeiligThuisResponsible() {
        // R2, R3: AFSLUITEN means no further VT involvement
        fixture.given(geopend(false))
                .when(new RondTriageAf("m-1", Uitkomst.AFSLUITEN, TRIAGIST, null, "geen zorgen", null))
                .expectEvents(new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.AFSLUITEN, TRIAGIST, null,
                        "geen zorgen", null, MAANDAG, true));
    }

    @Test
    void aPassedTermMakesVeiligThuisResponsibleFromTheEndOfTheFifthWorkingDayEvenWhenTheDeadlineFiresLate() {
        // R2: the moment the term passed, not the moment the deadline was handled (the handler's clock says MAANDAG)
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(new OpenTriage("m-1", "g-1", "Vlaardingen", false, MAANDAG))
                .whenThenTimeAdvancesTo(Instant.parse("2026-12-03T10:00:00Z"))
                .expectEvents(new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN));
    }

    @Test
    void veiligThuisTakesResponsibilityOnlyOnceWhenAcuutAndTheTermPasses() {
        // R2: acuut at receipt; the passing term changes nothing about since when
        fixture.givenCurrentTime(MAANDAG)
                .andGivenCommands(new OpenTriage("m-1", "g-1", "Vlaardingen", true, MAANDAG))
                .whenThenTimeAdvancesTo(EINDE_VIJFDE_WERKDAG)
                .expectEvents(new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG));
    }

    @Test
    void veiligThuisTakesResponsibilityOnlyOnceWhenTheTermPassedBeforeTheDecision() {
        // R2
        fixture.given(geopend(false), new TriagetermijnOverschreden("m-1", "g-1", UITERLIJK, MAANDAG),
                        zicht(EINDE_VIJFDE_WERKDAG, Grond.TRIAGETERMIJN_OVERSCHREDEN))
                .when(new RondTriageAf("m-1", Uitkomst.ONDERZOEK, TRIAGIST, "HOOG", "afweging", null))
                .expectEvents(new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.ONDERZOEK, TRIAGIST, "HOOG",
                        "afweging", null, MAANDAG, false));
    }

    @Test
    void veiligThuisTakesResponsibilityOnlyOnceWhenAcuutAndDecided() {
        // R2
        fixture.given(geopend(true), zicht(MAANDAG, Grond.ACUUT_ONVEILIG))
                .when(new RondTriageAf("m-1", Uitkomst.SPOED, TRIAGIST, "HOOG", "direct handelen", null))
                .expectEvents(new TriageAfgerond("m-1", "g-1", "Vlaardingen", Uitkomst.SPOED, TRIAGIST, "HOOG",
                        "direct handelen", null, MAANDAG, true));
    }
}
