package nl.veiligthuis.keten.platform.privacy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouw;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouwLoopt;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every read model of the service from its event store, in the background, one group after another (the
 * verified herbouw of docs/herbouw.md): once, for read models filled before they encrypted personal data (R21). Asked
 * for twice while none waits to start, it runs once.
 */
class Leesmodelherbouw implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Leesmodelherbouw.class);
    private static final int POGINGEN = 120;
    private static final Duration WACHTTIJD = Duration.ofSeconds(5);

    private final ObjectProvider<ProjectieHerbouw> herbouw;
    private final AtomicBoolean gevraagd = new AtomicBoolean();
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(taak -> {
        Thread draad = new Thread(taak, "leesmodelherbouw");
        draad.setDaemon(true);
        return draad;
    });

    Leesmodelherbouw(ObjectProvider<ProjectieHerbouw> herbouw) {
        this.herbouw = herbouw;
    }

    /** Asked for again while one waits to start: that one serves both. */
    void vraagAan() {
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
        ProjectieHerbouw projecties = herbouw.getIfAvailable();
        if (projecties == null) {
            return;
        }
        for (String groep : projecties.herbouwbaar()) {
            herbouw(projecties, groep);
        }
    }

    /** A herbouw already running (asked for by a beheerder) may have started before: wait for it and start another. */
    private void herbouw(ProjectieHerbouw herbouw, String groep) {
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
                LOG.warn("Read model {} not rebuilt encrypted ({}): start its herbouw (beheer)", groep,
                        e.getClass().getSimpleName());
                return;
            }
        }
        LOG.warn("Read model {} not rebuilt encrypted: a herbouw kept running; start its herbouw (beheer)", groep);
    }

    @Override
    public void close() {
        achtergrond.shutdownNow();
    }
}
