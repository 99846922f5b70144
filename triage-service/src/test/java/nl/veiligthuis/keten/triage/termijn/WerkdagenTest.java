package nl.veiligthuis.keten.triage.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WerkdagenTest {

    @Test
    void triageTermEndsOnTheFifthWorkingDayAfterReceipt() {
        // R1: received Monday 23 November 2026 → Monday 30 November (weekend not counted)
        assertThat(Werkdagen.triagetermijn(Instant.parse("2026-11-23T10:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aMeldingReceivedOnSaturdayCountsFromTheNextWorkingDay() {
        // R1: Saturday 21 November 2026 → Mon 23 … Fri 27 November
        assertThat(Werkdagen.triagetermijn(Instant.parse("2026-11-21T10:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void christmasAndNewYearAreNotWorkingDays() {
        // R1: received Wednesday 23 December 2026; 25, 26 December, the weekend and 1 January do not count
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(Werkdagen.triagetermijn(Instant.parse("2026-12-23T10:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Werkdagen.triagetermijn(Instant.parse("2026-12-28T10:00:00Z"))).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void easterMondayAndKingsDayAreNotWorkingDays() {
        // R1: 2027: Easter Monday 29 March, Koningsdag Tuesday 27 April
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2027, 3, 29))).isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2027, 4, 27))).isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2027, 4, 28))).isTrue();
    }

    @Test
    void aTermPassesAtMidnightAtTheEndOfItsLastDayDutchTime() {
        assertThat(Werkdagen.eindeVan(LocalDate.of(2026, 11, 30))).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    }

    @Test
    void goodFridayIsAWorkingDayAndTheFifthOfMayIsNot() {
        // R1, Algemene termijnenwet art. 3: Goede Vrijdag is not a holiday there; 5 mei is, every year
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2027, 3, 26))).isTrue();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2026, 5, 5))).isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2026, 5, 14))).isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2026, 5, 25))).isFalse();
        // received Wednesday 24 March 2027: Thu 25, Fri 26 (Goede Vrijdag), Tue 30, Wed 31 March, Thu 1 April
        assertThat(Werkdagen.triagetermijn(Instant.parse("2027-03-24T10:00:00Z"))).isEqualTo(LocalDate.of(2027, 4, 1));
    }
}
