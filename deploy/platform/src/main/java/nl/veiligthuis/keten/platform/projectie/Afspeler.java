package nl.veiligthuis.keten.platform.projectie;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.BlockingQueue;
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
 * Replays the whole event store into a stopped processor's handlers, in batches of {@link #BATCH} events per
 * transaction: one thread reads and deserializes, one runs the handlers, and for a group that writes through the
 * {@link Leesmodel} a third writes the previous batch's rows while the handlers compute the next. Axon's own replay
 * hands every event through the processor's coordinator to a work package (a profile showed the coordinator counting
 * each work package's queue per event); this reads the store as one stream instead, in its global order, which keeps
 * every gezin's order.
 *
 * <p>Each batch commits the group's rows and, in the same transaction, every segment's token at the batch's last
 * event: a stop or crash in the middle leaves a processor that continues from there, never one that sees an event
 * twice. The caller holds the claims of all segments (from {@code resetTokens}); storing a token extends its claim,
 * so another instance does not take a segment meanwhile.
 */
final class Afspeler {

    static final int BATCH = 2_000;
    /** Partitions (e.g. zaken per table) kept in memory between batches; about a kilobyte each. */
    static final int PARTITIES_IN_GEHEUGEN = 20_000;

    private final String groep;
    private final EventHandlerInvoker handlers;
    private final int[] segmenten;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;
    private final EventStorageEngine opslag;
    private final Optional<Leesmodel.Herbouw> leesmodel;
    /** Writes a batch's rows and tokens while the handlers compute the next batch (groups via the leesmodel). */
    private final ExecutorService schrijver;
    private Future<?> vorigeBatch = CompletableFuture.completedFuture(null);
    private final AtomicLong gelezen = new AtomicLong(-1);

    Afspeler(String groep, EventHandlerInvoker handlers, int[] segmenten, TokenStore tokenStore,
             TransactionManager transactionManager, EventStorageEngine opslag, Optional<Leesmodel> leesmodel,
             boolean viaLeesmodel) {
        this.groep = groep;
        this.handlers = handlers;
        this.segmenten = segmenten.clone();
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
        this.opslag = opslag;
        this.leesmodel = leesmodel.map(model -> model.herbouw(PARTITIES_IN_GEHEUGEN));
        this.schrijver = viaLeesmodel && this.leesmodel.isPresent() ? Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projectie-schrijven-" + groep);
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /** The global index of the last event handled and committed; -1 before the first batch. */
    long gelezen() {
        return gelezen.get();
    }

    /**
     * Plays every event from the start of the store to its end (events appended meanwhile included). A second thread
     * reads the store and deserializes the payloads of the next batch while this one handles the current batch.
     *
     * @return false when stopped early by {@code stoppen}; the committed batches stay, with their tokens
     */
    boolean speelAf(BooleanSupplier stoppen) {
        BlockingQueue<Gelezen> gelezenBatches = new ArrayBlockingQueue<>(2);
        Thread lezer = new Thread(() -> lees(gelezenBatches), "projectie-lezen-" + groep);
        lezer.setDaemon(true);
        lezer.start();
        try {
            while (true) {
                Gelezen volgende = gelezenBatches.take();
                if (volgende.fout() != null) {
                    throw new IllegalStateException("herbouw van " + groep + ": lezen faalde", volgende.fout());
                }
                if (volgende.batch().isEmpty()) {
                    wachtOpVorigeBatch();
                    return true;
                }
                if (stoppen.getAsBoolean()) {
                    wachtOpVorigeBatch();
                    return false;
                }
                verwerk(volgende.batch());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lezer.interrupt();
            if (schrijver != null) {
                schrijver.shutdown();
            }
        }
    }

    /** A batch as read (empty at the end of the store), or why reading failed. */
    private record Gelezen(List<TrackedEventMessage<?>> batch, RuntimeException fout) {
    }

    private void lees(BlockingQueue<Gelezen> gelezenBatches) {
        try (Stream<? extends TrackedEventMessage<?>> stroom = opslag.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stroom.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
            while (events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                event.getPayload(); // deserialized here, not on the handling thread
                batch.add(event);
                if (batch.size() == BATCH) {
                    gelezenBatches.put(new Gelezen(batch, null));
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                gelezenBatches.put(new Gelezen(batch, null));
            }
            gelezenBatches.put(new Gelezen(List.of(), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            gelezenBatches.offer(new Gelezen(List.of(), e));
        }
    }

    private void verwerk(List<TrackedEventMessage<?>> batch) {
        TrackingToken tot = batch.get(batch.size() - 1).trackingToken();
        BatchingUnitOfWork<TrackedEventMessage<?>> uow = new BatchingUnitOfWork<>(batch);
        if (schrijver == null) {
            uow.attachTransaction(transactionManager);
        }
        leesmodel.ifPresent(model -> model.neemDeel(uow));
        if (schrijver == null) {
            uow.onPrepareCommit(klaar -> schrijf(tot, wijzigingen()));
        }
        ResultMessage<?> uitkomst = uow.executeWithResult(() -> {
            handlers.handle(uow.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (uitkomst.isExceptional()) {
            throw new IllegalStateException("herbouw van " + groep + " faalde in de batch tot " + tot,
                    uitkomst.exceptionResult());
        }
        if (schrijver == null) {
            tot.position().ifPresent(gelezen::set);
        } else {
            // the batch before must be in the database before this one is written or any partition is put aside
            wachtOpVorigeBatch();
            Runnable rijen = wijzigingen();
            vorigeBatch = schrijver.submit(() -> {
                transactionManager.executeInTransaction(() -> schrijf(tot, rijen));
                tot.position().ifPresent(gelezen::set);
            });
        }
        leesmodel.ifPresent(Leesmodel.Herbouw::zetUit);
    }

    private Runnable wijzigingen() {
        return leesmodel.map(Leesmodel.Herbouw::wijzigingen).orElse(() -> {
        });
    }

    /** The rows the leesmodel collected for the batch, and every segment's token at its last event. */
    private void schrijf(TrackingToken tot, Runnable rijen) {
        rijen.run();
        for (int segment : segmenten) {
            tokenStore.storeToken(tot, groep, segment);
        }
    }

    private void wachtOpVorigeBatch() {
        try {
            vorigeBatch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("herbouw van " + groep + " onderbroken", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("herbouw van " + groep + ": schrijven faalde", e.getCause());
        }
    }
}
