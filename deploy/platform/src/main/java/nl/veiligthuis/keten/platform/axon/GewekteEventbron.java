package nl.veiligthuis.keten.platform.axon;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the pooled streaming processors' source, with wake-ups. Axon's {@code EmbeddedEventStore}
 * offers no "events available" callback, and without one a pooled processor's coordinator looks for new events only
 * every 500 ms when idle: each hop from the event store (a publish to Kafka, a projection) waited 250 ms on average
 * (measured: 282 ms from the event's time stamp to its Kafka record, 30 ms from there to the timeline). Here every
 * open stream accepts the callback and is woken every {@code interval}; the coordinator then looks, in memory, whether
 * the store's producer has fetched anything (which it does every {@code fetchDelay} of the event store, or at once
 * after a commit it sees). A wake-up with nothing new costs one scheduled task.
 */
public final class GewekteEventbron implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private final StreamableMessageSource<TrackedEventMessage<?>> bron;
    private final Set<Runnable> wekkers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService planner;

    public GewekteEventbron(StreamableMessageSource<TrackedEventMessage<?>> bron, long intervalMillis) {
        this.bron = bron;
        this.planner = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread draad = new Thread(taak, "eventbron-wekker");
            draad.setDaemon(true);
            return draad;
        });
        planner.scheduleWithFixedDelay(() -> wekkers.forEach(GewekteEventbron::wek), intervalMillis, intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    private static void wek(Runnable wekker) {
        try {
            wekker.run();
        } catch (RuntimeException e) {
            // a coordinator that is shutting down may refuse; its stream is closed and unregistered right after
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stroom(bron.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return bron.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return bron.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(java.time.Instant dateTime) {
        return bron.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(java.time.Duration duration) {
        return bron.createTokenSince(duration);
    }

    @Override
    public void close() {
        planner.shutdownNow();
    }

    private final class Stroom implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stroom;
        private volatile Runnable wekker;

        private Stroom(BlockingStream<TrackedEventMessage<?>> stroom) {
            this.stroom = stroom;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stroom.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stroom.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stroom.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stroom.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable vorige = wekker;
            if (vorige != null) {
                wekkers.remove(vorige);
            }
            wekker = callback;
            wekkers.add(callback);
            return true;
        }

        @Override
        public void close() {
            Runnable vorige = wekker;
            if (vorige != null) {
                wekkers.remove(vorige);
            }
            stroom.close();
        }

        @Override
        public Stream<TrackedEventMessage<?>> asStream() {
            return stroom.asStream();
        }
    }
}
