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

    /**
     * Asked for again while one waits to start, that one serves both.
     *
     * @param gestart runs once the herbouw of every group has started (each then runs to its end, also across a
     *                restart of the service); not when one could not start
     */
    void vraagAan(Runnable gestart) {
        Sleutelkluis.TransactieHaak.naCommit(() -> {
            if (gevraagd.compareAndSet(false, true)) {
                achtergrond.execute(() -> {
                    gevraagd.set(false);
                    if (herbouwAlles()) {
                        gestart.run();
                    }
                });
            }
        });
    }

    private boolean herbouwAlles() {
        ProjectieHerbouw projecties = herbouw.getIfAvailable();
        if (projecties == null) {
            return true;
        }
        boolean alle = true;
        for (String groep : projecties.herbouwbaar()) {
            alle &= herbouw(projecties, groep);
        }
        return alle;
    }

    /** A herbouw already running (asked for by a beheerder) may have started before: wait for it and start another. */
    private boolean herbouw(ProjectieHerbouw herbouw, String groep) {
        for (int poging = 1; poging <= POGINGEN; poging++) {
            try {
                herbouw.start(groep);
                return true;
            } catch (ProjectieHerbouwLoopt loopt) {
                try {
                    Thread.sleep(WACHTTIJD.toMillis()); // a background thread waiting for another herbouw, no test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            } catch (RuntimeException e) {
                LOG.warn("Read model {} not rebuilt encrypted yet ({}): tried again at the next start", groep,
                        e.getClass().getSimpleName());
                return false;
            }
        }
        LOG.warn("Read model {} not rebuilt encrypted yet: a herbouw kept running; tried again at the next start",
                groep);
        return false;
    }

    @Override
    public void close() {
        achtergrond.shutdownNow();
    }
}
