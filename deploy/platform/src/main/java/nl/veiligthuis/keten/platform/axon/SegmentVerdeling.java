package nl.veiligthuis.keten.platform.axon;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shares the segments of every pooled streaming processor fairly among the live instances of a service on one
 * database. Axon hands an unclaimed segment to whichever instance asks first, so the first instance to start would keep
 * all of them; here each instance renews its row in {@code keten_instantie} and releases what it holds beyond
 * {@code ceil(segments / live instances)}, which another instance then claims. A dead instance stops renewing; its
 * claims expire and the survivors take its segments. A store made with fewer segments than configured (an older
 * install) is split up to the configured count, one segment per round, by the instance that holds it.
 */
public class SegmentVerdeling implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentVerdeling.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final KetenInstantie instantie;
    private final int segmenten;
    private final Duration interval;
    private final Duration levensduur;
    private ScheduledExecutorService planner;

    public SegmentVerdeling(EventProcessingConfiguration processing, JdbcTemplate jdbc, KetenInstantie instantie,
                            int segmenten, Duration interval) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.instantie = instantie;
        this.segmenten = segmenten;
        this.interval = interval;
        // two missed renewals; shorter than the token claim timeout (10 s), so an instance killed with kill -9 stops
        // counting before its segments are free, and the survivor keeps what it claims then
        this.levensduur = interval.multipliedBy(2);
    }

    @Override
    public synchronized void start() {
        planner = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread draad = new Thread(taak, "segment-verdeling");
            draad.setDaemon(true);
            return draad;
        });
        planner.scheduleWithFixedDelay(this::ronde, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (planner != null) {
            planner.shutdownNow();
            try {
                // a round still running could otherwise renew the row after it is deleted
                planner.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            planner = null;
        }
        try {
            jdbc.update("DELETE FROM keten_instantie WHERE instantie_id = ?", instantie.id());
        } catch (RuntimeException e) {
            LOG.debug("Could not remove the row of this instance", e);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return planner != null;
    }

    /**
     * After Axon's processors have started and before they stop: Axon's Spring lifecycle runs in phase
     * {@code Integer.MAX_VALUE - 3072} ({@code SpringAxonConfiguration.LIFECYCLE_PHASE}); a higher phase starts later
     * and stops earlier, so this instance's row is gone before its processors give up their claims.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

    void ronde() {
        try {
            int levend = meldAanwezig();
            // a herbouw waits until its instance holds every segment again: leave those processors alone
            List<String> inHerbouw = jdbc.queryForList(
                    "SELECT projectie FROM projectie_herbouw WHERE status = 'LOOPT'", String.class);
            for (var processor : processing.eventProcessors().values()) {
                if (processor instanceof PooledStreamingEventProcessor pooled && pooled.isRunning()
                        && !inHerbouw.contains(pooled.getName())) {
                    verdeel(pooled, levend);
                }
            }
        } catch (RuntimeException e) {
            // the next round tries again; the processors keep running whatever happens here
            LOG.warn("Segment sharing round failed: {}", e.toString());
        }
    }

    /** Renews this instance's row and counts the instances seen recently, itself included. */
    int meldAanwezig() {
        jdbc.update("""
                INSERT INTO keten_instantie (instantie_id, gezien_op) VALUES (?, now())
                ON CONFLICT (instantie_id) DO UPDATE SET gezien_op = now()""", instantie.id());
        jdbc.update("DELETE FROM keten_instantie WHERE gezien_op < now() - interval '1 hour'");
        Integer levend = jdbc.queryForObject(
                "SELECT count(*) FROM keten_instantie WHERE gezien_op > now() - make_interval(secs => ?)",
                Integer.class, levensduur.toMillis() / 1000.0);
        return Math.max(1, levend == null ? 1 : levend);
    }

    private void verdeel(PooledStreamingEventProcessor processor, int levend) {
        Map<Integer, EventTrackerStatus> eigen = processor.processingStatus();
        Integer totaal = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class, processor.getName());
        if (totaal == null || totaal == 0 || eigen.isEmpty()) {
            return;
        }
        if (totaal < segmenten) {
            eigen.values().stream()
                    .min(Comparator.comparingInt(status -> status.getSegment().getMask()))
                    .ifPresent(grootste -> processor.splitSegment(grootste.getSegment().getSegmentId()));
            return;
        }
        int eerlijk = (totaal + levend - 1) / levend;
        List<Integer> teVeel = eigen.keySet().stream().sorted(Comparator.reverseOrder())
                .limit(Math.max(0, eigen.size() - eerlijk)).toList();
        for (int segment : teVeel) {
            LOG.info("Releasing segment {} of {} for another instance ({} live, fair share {})",
                    segment, processor.getName(), levend, eerlijk);
            processor.releaseSegment(segment);
        }
    }
}
