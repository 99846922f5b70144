package nl.veiligthuis.keten.testinfra;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** Axon fixtures for the aggregates' given-when-then tests, each with the clock its command handlers are given. */
public final class AggregateFixtures {

    private AggregateFixtures() {
    }

    /** A fresh fixture whose command handlers see the clock standing still at {@code nu}. */
    public static <T> AggregateTestFixture<T> op(Class<T> aggregaat, Instant nu) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregaat);
        fixture.registerInjectableResource(Clock.fixed(nu, ZoneOffset.UTC));
        return fixture;
    }
}
