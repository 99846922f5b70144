package nl.veiligthuis.keten.platform.tijd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock: system time plus an offset that only tests and the demo mode move forward.
 * Aggregates, projections and db-scheduler all read this one clock, so moving it makes terms expire.
 */
public final class Klok extends Clock {

    private final Clock basis;
    private final AtomicReference<Duration> verschuiving = new AtomicReference<>(Duration.ZERO);

    public Klok(Clock basis) {
        this.basis = basis;
    }

    /** The chain's time zone: days and terms are Dutch days. */
    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    public static Klok systeem() {
        return new Klok(Clock.system(NEDERLAND));
    }

    public void verschuif(Duration duur) {
        if (duur.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        verschuiving.accumulateAndGet(duur, Duration::plus);
    }

    public Duration verschuiving() {
        return verschuiving.get();
    }

    @Override
    public Instant instant() {
        return basis.instant().plus(verschuiving.get());
    }

    @Override
    public ZoneId getZone() {
        return basis.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Klok klok = new Klok(basis.withZone(zone));
        klok.verschuif(verschuiving.get());
        return klok;
    }
}
