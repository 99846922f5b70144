package nl.veiligthuis.keten.platform.projectie;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import nl.veiligthuis.keten.platform.leesmodel.Leesmodel;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * Replays the whole event store into a stopped processor's handlers, one thread, in batches of {@link #BATCH}
 * events per transaction. Axon's own replay hands every event through the processor's coordinator to a work package
 * (a profile showed the coordinator counting each work package's queue per event); this reads the store as one stream
 * instead, in its global order, which keeps every gezin's order.
 *
 * <p>Each batch commits the group's rows and, in the same transaction, every segment's token at the batch's last
 * event: a stop or crash in the middle leaves a processor that continues from there, never one that sees an event
 * twice. The caller holds the claims of all segments (from {@code resetTokens}); each batch extends them, so another
 * instance does not take a segment meanwhile.
 */
final class Afspeler {

    static final int BATCH = 10_000;
    /** Partitions (e.g. zaken per table) kept in memory between batches; about a kilobyte each. */
    static final int PARTITIES_IN_GEHEUGEN = 50_000;

    private final String groep;
    private final EventHandlerInvoker handlers;
    private final int[] segmenten;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final EventStorageEngine opslag;
    private final Optional<Leesmodel.Herbouw> leesmodel;
    private final AtomicLong gelezen = new AtomicLong(-1);

    Afspeler(String groep, EventHandlerInvoker handlers, int[] segmenten, TokenStore tokenStore,
             TransactionManager transactionManager, EventStorageEngine opslag, Optional<Leesmodel> leesmodel) {
        this.groep = groep;
        this.handlers = handlers;
        this.segmenten = segmenten.clone();
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.opslag = opslag;
        this.leesmodel = leesmodel.map(model -> model.herbouw(PARTITIES_IN_GEHEUGEN));
    }

    /** The global index of the last event handled and committed; -1 before the first batch. */
    long gelezen() {
        return gelezen.get();
    }

    /**
     * Plays every event from the start of the store to its end (events appended meanwhile included).
     *
     * @return false when stopped early by {@code stoppen}; the committed batches stay, with their tokens
     */
    boolean speelAf(BooleanSupplier stoppen) {
        try (Stream<? extends TrackedEventMessage<?>> stroom = opslag.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stroom.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (events.hasNext()) {
                batch.add(events.next());
                if (batch.size() == BATCH) {
                    if (stoppen.getAsBoolean()) {
                        return false;
                    }
                    verwerk(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                verwerk(batch);
            }
            return true;
        }
    }

    private void verwerk(List<TrackedEventMessage<?>> batch) {
        TrackingToken tot = batch.get(batch.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> uow = new BatchingUnitOfWork<>(batch);
        uow.attachTransaction(transactionManager);
        leesmodel.ifPresent(model -> model.neemDeel(uow));
        uow.onPrepareCommit(klaar -> {
            for (int segment : segmenten) {
                tokenStore.storeToken(tot, groep, segment);
            }
        });
        ResultMessage<?> uitkomst = uow.executeWithResult(() -> {
            handlers.handle(uow.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (uitkomst.isExceptional()) {
            throw new IllegalStateException("herbouw van " + groep + " faalde in de batch tot " + tot,
                    uitkomst.exceptionResult());
        }
        tot.position().ifPresent(gelezen::set);
    }
}
