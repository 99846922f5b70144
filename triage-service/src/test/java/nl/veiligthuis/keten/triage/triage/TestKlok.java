package nl.veiligthuis.keten.triage.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a fixture test sets between given commands, as time passes between them in the running service. */
final class TestKlok extends Clock {

    private Instant nu;

    TestKlok(Instant nu) {
        this.nu = nu;
    }

    void zet(Instant moment) {
        this.nu = moment;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
