package nl.veiligthuis.keten.monitoring.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

class MonitoringTest {

    private static final String ID = "monitoring-1";
    private static final String GEZIN = "gezin-1";
    private static final Instant OVERDRACHT = Instant.parse("2027-01-15T09:00:00Z");
    /** 10:00 CET on 15 January plus three months is 10:00 CEST on 15 April: 08:00 UTC. */
    private static final Instant UITERLIJK = Instant.parse("2027-04-15T08:00:00Z");
    private static final Instant NU = Instant.parse("2027-01-18T09:00:00Z");
    private static final StartMonitoring START = new StartMonitoring(ID, "overdracht-1", GEZIN, OVERDRACHT, 3);
    private static final Medewerker MEDEWERKER = new Medewerker("A. de Vries");
    private static final Map<String, Integer> STANDEN = Map.of("BEHAALD", 1, "IN_UITVOERING", 1, "NIET_BEHAALD", 0,
            "NIET_GESTART", 0);

    @Test
    void startingSchedulesTheThreeMonthTermInDutchTime() {
        // R14: first contact at most 3 months after the handover, counted in calendar months in Europe/Amsterdam
        fixture(NU).givenCurrentTime(NU)
                .when(START)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MonitoringGestart(ID, "overdracht-1", GEZIN, OVERDRACHT, NU, UITERLIJK, 3))
                .expectScheduledDeadlineWithName(UITERLIJK, Monitoring.TERMIJN);
    }

    @Test
    void aContactInTimeCompletesTheMonitoringAndCancelsTheTerm() {
        // R14: the first contact on the agreed goals within the term completes the monitoring
        var contactOp = NU.minusSeconds(3_600);
        fixture(NU).givenCurrentTime(NU)
                .andGivenCommands(START)
                .when(contact(contactOp))
                .expectEvents(
                        new MonitoringContactVastgelegd(ID, GEZIN, "contact-1", contactOp, List.of(), MEDEWERKER, NU,
                                true, List.of(1), false, 3),
                        new MonitoringAfgerond(ID, GEZIN, NU))
                .expectNoScheduledDeadlines();
    }

    @Test
    void withoutContactTheMonitoringExpiresAtTheEndOfTheTerm() {
        // R14: a term that passes without contact is MonitoringVerlopen, a signal never silently dropped
        fixture(NU).givenCurrentTime(NU)
                .andGivenCommands(START)
                .whenThenTimeAdvancesTo(UITERLIJK.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(Monitoring.TERMIJN)
                .expectEvents(new MonitoringVerlopen(ID, GEZIN, UITERLIJK, UITERLIJK));
    }

    @Test
    void nothingHappensJustBeforeTheEndOfTheTerm() {
        // R14: the term includes its last moment
        fixture(NU).givenCurrentTime(NU)
                .andGivenCommands(START)
                .whenThenTimeAdvancesTo(UITERLIJK.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadlineWithName(UITERLIJK, Monitoring.TERMIJN);
    }

    @Test
    void aLateContactIsRecordedButTheMonitoringStaysVerlopen() {
        // R14: a contact after expiry is still recorded, late; the signal is not undone
        var later = UITERLIJK.plusSeconds(86_400);
        fixture(later)
                .given(new MonitoringGestart(ID, "overdracht-1", GEZIN, OVERDRACHT, NU, UITERLIJK, 3),
                        new MonitoringVerlopen(ID, GEZIN, UITERLIJK, UITERLIJK))
                .when(contact(later))
                .expectEvents(new MonitoringContactVastgelegd(ID, GEZIN, "contact-1", later, List.of(), MEDEWERKER,
                        later, false, List.of(1), false, 3));
    }

    @Test
    void aContactInTheFutureIsRefused() {
        // R14: the term is met by a contact that happened, not by one that is planned
        fixture(NU).givenCurrentTime(NU)
                .andGivenCommands(START)
                .when(contact(NU.plusSeconds(60)))
                .expectException(CommandExecutionException.class)
                .expectNoEvents()
                .expectScheduledDeadlineWithName(UITERLIJK, Monitoring.TERMIJN);
    }

    @Test
    void aContactBeforeTheHandoverIsRefused() {
        // R14: monitoring covers the time after the handover
        fixture(NU).givenCurrentTime(NU)
                .andGivenCommands(START)
                .when(contact(OVERDRACHT.minusSeconds(60)))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }

    @Test
    void r14_theWijkteamsAnswerToAContactIsRecordedWithTheCountsPerStand() {
        // R14: the wijkteam answers per the agreements; VT sees when and how far the agreed goals are
        var beantwoordOp = NU.minusSeconds(600);
        fixture(NU).given(gestart(), contactVastgelegd(), new MonitoringAfgerond(ID, GEZIN, NU.minusSeconds(3_600)))
                .when(new VerwerkAntwoordWijkteam(ID, "contact-1", "zaak-1", beantwoordOp, STANDEN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AntwoordWijkteamOntvangen(ID, GEZIN, "contact-1", "zaak-1", beantwoordOp, STANDEN,
                        NU));
    }

    @Test
    void r14_anAnswerIsRecordedOnceAndOnlyForAContactOfThisMonitoring() {
        // idempotent on the contact: a second answer (a republication) and an answer to another contact change nothing
        fixture(NU).given(gestart(), contactVastgelegd(),
                        new AntwoordWijkteamOntvangen(ID, GEZIN, "contact-1", "zaak-1", NU, STANDEN, NU))
                .when(new VerwerkAntwoordWijkteam(ID, "contact-1", "zaak-1", NU, Map.of("BEHAALD", 2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture(NU).given(gestart(), contactVastgelegd())
                .when(new VerwerkAntwoordWijkteam(ID, "contact-elders", "zaak-1", NU, STANDEN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void r14_aGoalNumberTheHandoverDidNotAgreeIsRefusedByItsNumber() {
        // R14: contacts are on the agreed goals, the rapportage's doelenVanOndersteuning numbered 1..3
        fixture(NU).given(gestart())
                .when(contact(NU, List.of(1, 4)))
                .expectException(CommandExecutionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("doel 4 is niet afgesproken"))
                .expectNoEvents();
        fixture(NU).given(gestart())
                .when(contact(NU, List.of(0)))
                .expectException(CommandExecutionException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("doel 0 bestaat niet"))
                .expectNoEvents();
        fixture(NU).given(gestart())
                .when(contact(NU, List.of()))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }

    @Test
    void r14_aContactOnEveryAgreedGoalIsFlaggedWithTheNumbersInOrderOnce() {
        // R14: the goals discussed by number, distinct and ascending; all three agreed goals discussed
        fixture(NU).given(gestart())
                .when(contact(NU, List.of(3, 1, 2, 3)))
                .expectEvents(new MonitoringContactVastgelegd(ID, GEZIN, "contact-1", NU, List.of(), MEDEWERKER, NU,
                                true, List.of(1, 2, 3), true, 3),
                        new MonitoringAfgerond(ID, GEZIN, NU));
    }

    @Test
    void r14_whenTheHandoverDidNotSayHowManyGoalsAnyNumberIsAcceptedAndAllIsUnknown() {
        // R14: a handover published before it carried aantalDoelen: the goals cannot be checked, nor "all" judged
        fixture(NU).given(new MonitoringGestart(ID, "overdracht-1", GEZIN, OVERDRACHT, NU.minusSeconds(86_400),
                        UITERLIJK, null))
                .when(contact(NU, List.of(7)))
                .expectEvents(new MonitoringContactVastgelegd(ID, GEZIN, "contact-1", NU, List.of(), MEDEWERKER, NU,
                                true, List.of(7), null, null),
                        new MonitoringAfgerond(ID, GEZIN, NU));
    }

    private static MonitoringGestart gestart() {
        return new MonitoringGestart(ID, "overdracht-1", GEZIN, OVERDRACHT, NU.minusSeconds(86_400), UITERLIJK, 3);
    }

    private static MonitoringContactVastgelegd contactVastgelegd() {
        return new MonitoringContactVastgelegd(ID, GEZIN, "contact-1", NU.minusSeconds(7_200), List.of(), MEDEWERKER,
                NU.minusSeconds(3_600), true, List.of(1), false, 3);
    }

    @Test
    void r14_issue14_aLapsedMonitoringIsTakenOnByOnePersonAndTakenOverOnlyKnowingly() {
        var later = UITERLIJK.plusSeconds(86_400);
        var gestart = new MonitoringGestart(ID, "overdracht-1", GEZIN, OVERDRACHT, NU, UITERLIJK, 3);
        var verlopen = new MonitoringVerlopen(ID, GEZIN, UITERLIJK, UITERLIJK);
        var karin = new Medewerker("Karin de Boer", "sub-karin");
        var joost = new Medewerker("Joost Smit", "sub-joost");
        fixture(later).given(gestart, verlopen)
                .when(new PakWerkOp(ID, null, karin, false))
                .expectEvents(new WerkOpgepakt(ID, GEZIN, null, karin, later))
                .expectResultMessagePayload(null);
        // the same person again: nothing new; a colleague: refused unless knowingly taking it over
        fixture(later).given(gestart, verlopen, new WerkOpgepakt(ID, GEZIN, null, karin, later))
                .when(new PakWerkOp(ID, null, new Medewerker("karin de boer", "sub-karin"), false))
                .expectNoEvents();
        fixture(later).given(gestart, verlopen, new WerkOpgepakt(ID, GEZIN, null, karin, later))
                .when(new PakWerkOp(ID, null, joost, false))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R14"))
                .expectNoEvents();
        fixture(later).given(gestart, verlopen, new WerkOpgepakt(ID, GEZIN, null, karin, later))
                .when(new PakWerkOp(ID, null, joost, true))
                .expectEvents(new WerkOpgepakt(ID, GEZIN, null, joost, later))
                .expectResultMessagePayload(karin);
    }

    @Test
    void r14_issue14_onlyWhatLapsedIsTakenOn() {
        var later = UITERLIJK.plusSeconds(86_400);
        var gestart = new MonitoringGestart(ID, "overdracht-1", GEZIN, OVERDRACHT, NU, UITERLIJK, 3);
        var verlopen = new MonitoringVerlopen(ID, GEZIN, UITERLIJK, UITERLIJK);
        var contact = new MonitoringContactVastgelegd(ID, GEZIN, "contact-1", later, List.of(), MEDEWERKER, later,
                false, List.of(1), false, 3);
        var karin = new Medewerker("Karin de Boer", "sub-karin");
        // running, completed, or lapsed but since contacted: nothing to take on
        refusedR14(fixture(NU).given(gestart).when(new PakWerkOp(ID, null, karin, false)));
        refusedR14(fixture(later).given(gestart, new MonitoringAfgerond(ID, GEZIN, NU))
                .when(new PakWerkOp(ID, null, karin, false)));
        refusedR14(fixture(later).given(gestart, verlopen, contact).when(new PakWerkOp(ID, null, karin, false)));
        // the contact while the wijkteam has not answered it, not once it answered
        fixture(later).given(gestart, verlopen, contact)
                .when(new PakWerkOp(ID, "contact-1", karin, false))
                .expectEvents(new WerkOpgepakt(ID, GEZIN, "contact-1", karin, later));
        refusedR14(fixture(later).given(gestart, verlopen, contact,
                        new AntwoordWijkteamOntvangen(ID, GEZIN, "contact-1", "zaak-1", later, Map.of(), later))
                .when(new PakWerkOp(ID, "contact-1", karin, false)));
        refusedR14(fixture(later).given(gestart, verlopen).when(new PakWerkOp(ID, null, new Medewerker(" "), false)));
    }

    private static void refusedR14(ResultValidator<Monitoring> resultaat) {
        resultaat.expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R14"))
                .expectNoEvents();
    }

    private static LegContactVast contact(Instant contactOp) {
        return contact(contactOp, List.of(1));
    }

    private static LegContactVast contact(Instant contactOp, List<Integer> besprokenDoelen) {
        return new LegContactVast(ID, "contact-1", contactOp, besprokenDoelen, MEDEWERKER);
    }

    private static AggregateTestFixture<Monitoring> fixture(Instant nu) {
        return AggregateFixtures.op(Monitoring.class, nu);
    }
}
