package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.veiligthuis.keten.platform.domein.DomeinregelDetails;
import nl.veiligthuis.keten.testinfra.AggregateFixtures;
import nl.veiligthuis.keten.triage.overdracht.GenoemdGezinslid;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class OnderzoekTest {

    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate UITERLIJK = LocalDate.of(2027, 2, 2);
    private static final Instant EINDE = Instant.parse("2027-02-02T23:00:00Z");
    private static final LocalDate VERLENGD = LocalDate.of(2027, 3, 16);
    private static final Rapportage RAPPORTAGE = new Rapportage("vraag", "resultaten", List.of("doel 1"), "advies",
            "wijkteam Holy", "afspraken");

    /** A new one per test: JUnit makes a test instance per test method. */
    private final AggregateTestFixture<Onderzoek> fixture = AggregateFixtures.op(Onderzoek.class, START);

    private static final Onderzoeker ONDERZOEKER = new Onderzoeker("M. Jansen", "010-7654321");

    private static OnderzoekAangemeld aangemeld() {
        return new OnderzoekAangemeld("o-1", "m-1", "g-1", "Vlaardingen", START);
    }

    private static MeldOnderzoekAan aanmelding() {
        return new MeldOnderzoekAan("o-1", "m-1", "g-1", "Vlaardingen");
    }

    private OnderzoekGestart gestart() {
        return new OnderzoekGestart("o-1", "m-1", "g-1", "Vlaardingen", START, UITERLIJK, ONDERZOEKER);
    }

    private static StartOnderzoek start() {
        return new StartOnderzoek("o-1", ONDERZOEKER);
    }

    private static RegistreerGerechtvaardigdeOverschrijding multiprobleem(LocalDate nieuweEinddatum) {
        return new RegistreerGerechtvaardigdeOverschrijding("o-1", RedenOverschrijding.MULTIPROBLEEM_GEZIN,
                "meerdere gezinsleden met psychische problemen", nieuweEinddatum, null);
    }

    private static OverschrijdingGerechtvaardigd verlengd(LocalDate tot) {
        return new OverschrijdingGerechtvaardigd("o-1", "m-1", "g-1", RedenOverschrijding.MULTIPROBLEEM_GEZIN,
                "meerdere gezinsleden met psychische problemen", tot, START);
    }

    @Test
    void r5_aDecidedOnderzoekWaitsOnTheWaitingListWithoutATerm() {
        // R5: on the waiting list until an onderzoeker starts it; the 10 weeks do not run yet
        fixture.givenNoPriorActivity()
                .when(aanmelding())
                .expectEvents(aangemeld())
                .expectNoScheduledDeadlines();
    }

    @Test
    void r4_nothingIsCompletedOrJustifiedBeforeTheStart() {
        // R4: the term and everything after it begin with the start
        fixture.given(aangemeld())
                .when(new RondOnderzoekAf("o-1", RAPPORTAGE))
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
        fixture.given(aangemeld())
                .when(multiprobleem(VERLENGD))
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
    }

    @Test
    void r4_anOnderzoekIsStartedOnce() {
        fixture.given(aangemeld(), gestart())
                .when(start())
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
    }

    @Test
    void anOnderzoekHasATenWeekTerm() {
        // R4: from the start by the onderzoeker
        fixture.given(aangemeld())
                .when(start())
                .expectEvents(gestart())
                .expectScheduledDeadlineWithName(Instant.parse("2027-02-02T23:00:00Z"), Onderzoek.ONDERZOEKSTERMIJN);
    }

    @Test
    void anOverrunIsSignalled() {
        // R4: an overrun without a recorded reason is a breach
        fixture.givenCurrentTime(START)
                .andGivenCommands(aanmelding(), start())
                .whenThenTimeAdvancesTo(Instant.parse("2027-02-02T23:00:00Z"))
                .expectEvents(new OnderzoekstermijnOverschreden("o-1", "m-1", "g-1", UITERLIJK, START));
    }

    @Test
    void completionRecordsTheRapportageAndCancelsTheTerm() {
        // R4, R8
        fixture.given(gestart())
                .when(new RondOnderzoekAf("o-1", RAPPORTAGE))
                .expectEvents(new OnderzoekAfgerond("o-1", "m-1", "g-1", RAPPORTAGE, START, true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theHandoverAfterOnderzoekNeedsTheRapportageFirst() {
        // R8: no overdrachtsgesprek, and so no OverdrachtGedaan, before the onderzoek is complete
        fixture.given(gestart())
                .when(new LegOverdrachtsgesprekVast("o-1", START, List.of("VT", "wijkteam"), "Holy"))
                .expectException(CommandExecutionException.class)
                .expectNoEvents();
    }

    @Test
    void theOverdrachtsgesprekCompletesTheHandover() {
        // R8; R14: the handover names how many goals of the rapportage VT monitors against
        fixture.given(gestart(), new OnderzoekAfgerond("o-1", "m-1", "g-1", RAPPORTAGE, START, true))
                .when(new LegOverdrachtsgesprekVast("o-1", START, List.of("VT", "wijkteam"), "Holy"))
                .expectEvents(new OverdrachtsgesprekGevoerd("o-1", "m-1", "g-1", START, List.of("VT", "wijkteam"),
                                "Holy"),
                        new OverdrachtGedaan(Onderzoek.overdrachtId("o-1"), "m-1", "g-1", Route.NA_ONDERZOEK,
                                "Vlaardingen", "o-1", START, 1));
    }

    @Test
    void r11_issue14_theHandoverAfterOnderzoekNamesThePersonsTheMeldingNamed() {
        var leden = List.of(new GenoemdGezinslid("p-moeder", "OUDER"), new GenoemdGezinslid("p-kind", "KIND"));
        fixture.givenNoPriorActivity()
                .when(new MeldOnderzoekAan("o-1", "m-1", "g-1", "Vlaardingen", leden))
                .expectEvents(new OnderzoekAangemeld("o-1", "m-1", "g-1", "Vlaardingen", START, leden));
        fixture.given(new OnderzoekAangemeld("o-1", "m-1", "g-1", "Vlaardingen", START, leden), gestart(),
                        new OnderzoekAfgerond("o-1", "m-1", "g-1", RAPPORTAGE, START, true))
                .when(new LegOverdrachtsgesprekVast("o-1", START, List.of("VT", "wijkteam"), "Holy"))
                .expectEvents(new OverdrachtsgesprekGevoerd("o-1", "m-1", "g-1", START, List.of("VT", "wijkteam"),
                                "Holy"),
                        new OverdrachtGedaan(Onderzoek.overdrachtId("o-1"), "m-1", "g-1", Route.NA_ONDERZOEK,
                                "Vlaardingen", "o-1", START, 1, null, leden));
    }

    @Test
    void anOnderzoekIsHandedOverOnce() {
        // R8
        fixture.given(gestart(), new OnderzoekAfgerond("o-1", "m-1", "g-1", RAPPORTAGE, START, true),
                        new OverdrachtsgesprekGevoerd("o-1", "m-1", "g-1", START, List.of("VT"), "Holy"),
                        new OverdrachtGedaan("od-1", "m-1", "g-1", Route.NA_ONDERZOEK, "Vlaardingen", "o-1", START, 1))
                .when(new LegOverdrachtsgesprekVast("o-1", START, List.of("VT"), "Holy"))
                .expectException(CommandExecutionException.class);
    }

    @Test
    void aJustifiedOverrunMovesTheTerm() {
        // R4
        fixture.givenCurrentTime(START)
                .andGivenCommands(aanmelding(), start())
                .when(multiprobleem(VERLENGD))
                .expectEvents(verlengd(VERLENGD))
                .expectResultMessagePayload(VERLENGD)
                .expectScheduledDeadlineWithName(Instant.parse("2027-03-16T23:00:00Z"), Onderzoek.ONDERZOEKSTERMIJN)
                .expectNoScheduledDeadlineWithName(EINDE, Onderzoek.ONDERZOEKSTERMIJN);
    }

    @Test
    void aJustifiedOverrunIsNoBreachAtTheOldEnd() {
        // R4: an overrun with a recorded reason is not signalled when the 10 weeks pass
        fixture.givenCurrentTime(START)
                .andGivenCommands(aanmelding(), start(), multiprobleem(VERLENGD))
                .whenThenTimeAdvancesTo(EINDE.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aJustifiedOverrunThatOverrunsAgainIsSignalled() {
        // R4: the extended term passing without completion is a breach again
        fixture.givenCurrentTime(START)
                .andGivenCommands(aanmelding(), start(), multiprobleem(VERLENGD))
                .whenThenTimeAdvancesTo(Instant.parse("2027-03-16T23:00:00Z"))
                .expectEvents(new OnderzoekstermijnOverschreden("o-1", "m-1", "g-1", VERLENGD, START));
    }

    @Test
    void anOverrunIsJustifiedOnlyBeforeTheTermPassed() {
        // R4: a justification is recorded in time
        fixture.given(gestart(), new OnderzoekstermijnOverschreden("o-1", "m-1", "g-1", UITERLIJK, EINDE))
                .when(multiprobleem(VERLENGD))
                .expectException(CommandExecutionException.class)
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
    }

    @Test
    void anOverrunIsNotJustifiedOnceTheClockPassedTheTerm() {
        // R4: the clock decides, even when the deadline has not fired yet
        var laat = AggregateFixtures.op(Onderzoek.class, EINDE);
        laat.given(gestart())
                .when(multiprobleem(VERLENGD))
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
    }

    @Test
    void aPregnantRiskParentsOnderzoekEndsSixWeeksAfterTheBirth() {
        // R4: zwangere risico-ouder
        var geboorte = LocalDate.of(2027, 2, 20);
        fixture.givenCurrentTime(START)
                .andGivenCommands(aanmelding(), start())
                .when(new RegistreerGerechtvaardigdeOverschrijding("o-1", RedenOverschrijding.ZWANGERE_RISICO_OUDER,
                        "bevalling verwacht eind februari", null, geboorte))
                .expectEvents(new OverschrijdingGerechtvaardigd("o-1", "m-1", "g-1",
                        RedenOverschrijding.ZWANGERE_RISICO_OUDER, "bevalling verwacht eind februari",
                        LocalDate.of(2027, 4, 3), START))
                .expectScheduledDeadlineWithName(Instant.parse("2027-04-03T22:00:00Z"), Onderzoek.ONDERZOEKSTERMIJN);
    }

    @Test
    void aPregnancyNeedsTheBirthDate() {
        // R4
        fixture.given(gestart())
                .when(new RegistreerGerechtvaardigdeOverschrijding("o-1", RedenOverschrijding.ZWANGERE_RISICO_OUDER,
                        "zwanger", VERLENGD, null))
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
    }

    @Test
    void otherReasonsNeedANewEnd() {
        // R4
        fixture.given(gestart())
                .when(multiprobleem(null))
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
    }

    @Test
    void theNewEndLiesAfterTheCurrentOne() {
        // R4
        fixture.given(gestart())
                .when(multiprobleem(UITERLIJK))
                .expectExceptionDetails(new DomeinregelDetails("R4"))
                .expectNoEvents();
    }

    @Test
    void completionWithinTheExtendedTermIsOnTime() {
        // R4
        var later = Instant.parse("2027-03-01T10:00:00Z");
        var laat = AggregateFixtures.op(Onderzoek.class, later);
        laat.given(gestart(), verlengd(VERLENGD))
                .when(new RondOnderzoekAf("o-1", RAPPORTAGE))
                .expectEvents(new OnderzoekAfgerond("o-1", "m-1", "g-1", RAPPORTAGE, later, true));
    }
}
