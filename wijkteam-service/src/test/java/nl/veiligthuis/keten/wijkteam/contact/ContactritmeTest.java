package nl.veiligthuis.keten.wijkteam.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.veiligthuis.keten.wijkteam.zaak.ZaakStatus;
import org.junit.jupiter.api.Test;

/** Issue 14 point 6 (R13): when a zaak with an unsafe child has gone without contact for too long. */
class ContactritmeTest {

    // 2026-12-15 00:30 in Amsterdam: still 14 December in UTC, so the day is counted in Dutch time
    private static final Instant NU = Instant.parse("2026-12-14T23:30:00Z");
    private static final Instant GEACCEPTEERD = Instant.parse("2026-11-20T10:00:00Z");
    private final Contactritme ritme = new Contactritme(Clock.fixed(NU, ZoneId.of("UTC")), Duration.ofDays(14));

    @Test
    void r13_issue14_withoutContactTheTermRunsFromTheAcceptance() {
        assertThat(ritme.volgendContactUiterlijk(null, GEACCEPTEERD, null)).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(ritme.achterstallig(ZaakStatus.IN_BEHANDELING, 1, null, GEACCEPTEERD, null)).isTrue();
    }

    @Test
    void r13_issue14_theTermRunsFromTheLatestContactByTheAgreedFrequency() {
        LocalDate laatste = LocalDate.parse("2026-12-01");
        // the default 14 days: due on the 15th, which is today in the Netherlands, so not yet late
        assertThat(ritme.volgendContactUiterlijk(laatste, GEACCEPTEERD, null)).isEqualTo(LocalDate.parse("2026-12-15"));
        assertThat(ritme.achterstallig(ZaakStatus.IN_BEHANDELING, 1, laatste, GEACCEPTEERD, null)).isFalse();
        // an agreed week: due on the 8th, late since
        assertThat(ritme.achterstallig(ZaakStatus.IN_BEHANDELING, 1, laatste, GEACCEPTEERD, 7)).isTrue();
        assertThat(ritme.dagen(7)).isEqualTo(7);
        assertThat(ritme.dagen(null)).isEqualTo(14);
    }

    @Test
    void r13_issue14_onlyAZaakInTreatmentWithAnUnsafeChildIsLate() {
        assertThat(ritme.achterstallig(ZaakStatus.IN_BEHANDELING, 0, null, GEACCEPTEERD, null)).isFalse();
        for (ZaakStatus status : ZaakStatus.values()) {
            if (status != ZaakStatus.IN_BEHANDELING) {
                assertThat(ritme.achterstallig(status, 2, null, GEACCEPTEERD, null)).as(status.name()).isFalse();
            }
        }
        assertThat(ritme.volgendContactUiterlijk(null, null, null)).isNull();
    }

    @Test
    void issue14_theDefaultIsAtLeastOneDay() {
        assertThatThrownBy(() -> new Contactritme(Clock.systemUTC(), Duration.ofHours(12)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
