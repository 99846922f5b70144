package nl.veiligthuis.keten.wijkteam.zaak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 14 point 9 (003: is the judgement based on the most recent information?). */
class HerbeoordelingTest {

    private static final Instant NU = Instant.parse("2027-05-10T09:00:00Z");
    private final Herbeoordeling herbeoordeling = new Herbeoordeling(Clock.fixed(NU, ZoneOffset.UTC),
            Duration.ofDays(90));

    @Test
    void issue14_aJudgementOlderThanThePeriodIsOutOfDateAndOnlyForAZaakInTreatmentASignal() {
        assertThat(herbeoordeling.verouderd(null)).isFalse();
        assertThat(herbeoordeling.verouderd(NU.minus(Duration.ofDays(89)))).isFalse();
        assertThat(herbeoordeling.verouderd(NU.minus(Duration.ofDays(91)))).isTrue();
        assertThat(Signaal.afgeleid(ZaakStatus.IN_BEHANDELING, null, 0, false, true, false))
                .contains(Signaal.VEILIGHEIDSOORDEEL_VEROUDERD);
        for (ZaakStatus status : new ZaakStatus[] {ZaakStatus.OVERDRACHT_ONTVANGEN, ZaakStatus.TERUGGEMELD,
                ZaakStatus.AFGESLOTEN}) {
            assertThat(Signaal.afgeleid(status, null, 0, false, true, false))
                    .doesNotContain(Signaal.VEILIGHEIDSOORDEEL_VEROUDERD);
        }
    }
}
