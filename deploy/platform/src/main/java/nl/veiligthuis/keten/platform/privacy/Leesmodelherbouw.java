package nl.veiligthuis.keten.platform.privacy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouw;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouwLoopt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an erasure, every read model of the service is rebuilt from its event store (R21), where the erased gezin's
 * personal data now reads as {@code [gewist]}: so the replacement values reach the read models too. In the
 * background, one group after another, after the erasure committed; the herbouw's comparison shows what changed.
 */
class Leesmodelherbouw implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Leesmodelherbouw.class);
    private static final int POGINGEN = 120;
    private static final Duration WACHTTIJD = Duration.ofSeconds(5);

    private final ProjectieHerbouw herbouw;
    private final AtomicBoolean gevraagd = new AtomicBoolean();
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(taak -> {
        Thread draad = new Thread(taak, "leesmodelherbouw-na-wissing");
        draad.setDaemon(true);
        return draad;
    });

    Leesmodelherbouw(ProjectieHerbouw herbouw) {
        this.herbouw = herbouw;
    }

    /** Several erasures close together share one rebuild, queued while none waits to start. */
    void naWissing() {
        Sleutelkluis.TransactieHaak.naCommit(() -> {
            if (gevraagd.compareAndSet(false, true)) {
                achtergrond.execute(() -> {
                    gevraagd.set(false);
                    herbouwAlles();
                });
            }
        });
    }

    private void herbouwAlles() {
        for (String groep : herbouw.herbouwbaar()) {
            herbouw(groep);
        }
    }

    /**
     * A herbouw already running may have read the erased gezin before its keys went: wait for it and start another.
     */
    private void herbouw(String groep) {
        for (int poging = 1; poging <= POGINGEN; poging++) {
            try {
                herbouw.start(groep);
                return;
            } catch (ProjectieHerbouwLoopt loopt) {
                try {
                    Thread.sleep(WACHTTIJD.toMillis()); // a background thread waiting for another herbouw, no test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warn("Read model {} not rebuilt after an erasure ({}): repeat the erasure request", groep,
                        e.getClass().getSimpleName());
                return;
            }
        }
        LOG.warn("Read model {} not rebuilt after an erasure: a herbouw kept running; repeat the erasure request",
                groep);
    }

    @Override
    public void close() {
        achtergrond.shutdownNow();
    }
}
