package nl.veiligthuis.keten.triage.onderzoek;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.veiligthuis.keten.triage.overdracht.OverdrachtGedaan;
import nl.veiligthuis.keten.triage.overdracht.Route;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OnderzoekTest {

    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate UITERLIJK = LocalDate.of(2027, 2, 2);
    private static final Rapportage RAPPORTAGE = new Rapportage("vraag", "resultaten", List.of("doel 1"), "advies",
            "wijkteam Holy", "afspraken");

    private AggregateTestFixture<Onderzoek> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Onderzoek.class);
        fixture.registerInjectableResource(Clock.fixed(START, ZoneOffset.UTC));
    }

    private OnderzoekGestart gestart() {
        return new OnderzoekGestart("o-1", "m-1", "g-1", "Vlaardingen", START, UITERLIJK);
    }

    @Test
    void anOnderzoekHasATenWeekTerm() {
        // R4
        fixture.givenNoPriorActivity()
                .when(new StartOnderzoek("o-1", "m-1", "g-1", "Vlaardingen"))
                .expectEvents(gestart())
                .expectScheduledDeadlineWithName(Instant.parse("2027-02-02T23:00:00Z"), Onderzoek.ONDERZOEKSTERMIJN);
    }

    @Test
    void anOverrunIsSignalled() {
        // R4: an overrun without a recorded reason is a breach
        fixture.givenCurrentTime(START)
                .andGivenCommands(new StartOnderzoek("o-1", "m-1", "g-1", "Vlaardingen"))
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
        // R8
        fixture.given(gestart(), new OnderzoekAfgerond("o-1", "m-1", "g-1", RAPPORTAGE, START, true))
                .when(new LegOverdrachtsgesprekVast("o-1", START, List.of("VT", "wijkteam"), "Holy"))
                .expectEvents(new OverdrachtsgesprekGevoerd("o-1", "m-1", "g-1", START, List.of("VT", "wijkteam"),
                                "Holy"),
                        new OverdrachtGedaan(Onderzoek.overdrachtId("o-1"), "m-1", "g-1", Route.NA_ONDERZOEK,
                                "Vlaardingen", "o-1", START));
    }

    @Test
    void anOnderzoekIsHandedOverOnce() {
        // R8
        fixture.given(gestart(), new OnderzoekAfgerond("o-1", "m-1", "g-1", RAPPORTAGE, START, true),
                        new OverdrachtsgesprekGevoerd("o-1", "m-1", "g-1", START, List.of("VT"), "Holy"),
                        new OverdrachtGedaan("od-1", "m-1", "g-1", Route.NA_ONDERZOEK, "Vlaardingen", "o-1", START))
                .when(new LegOverdrachtsgesprekVast("o-1", START, List.of("VT"), "Holy"))
                .expectException(CommandExecutionException.class);
    }
}
