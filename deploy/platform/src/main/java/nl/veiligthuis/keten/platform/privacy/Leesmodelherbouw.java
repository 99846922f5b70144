package nl.veiligthuis.keten.platform.privacy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.veiligthuis.keten.platform.projectie.ProjectieHerbouw;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After an erasure, every read model of the service is rebuilt from its event store (R21), where the erased gezin's
 * personal data now reads as {@code [gewist]}: so the replacement values reach the read models too. In the
 * background, one group after another, after the erasure committed; the herbouw's comparison shows what changed.
 */
class Leesmodelherbouw implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Leesmodelherbouw.class);

    private final ProjectieHerbouw herbouw;
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(taak -> {
        Thread draad = new Thread(taak, "leesmodelherbouw-na-wissing");
        draad.setDaemon(true);
        return draad;
    });

    Leesmodelherbouw(ProjectieHerbouw herbouw) {
        this.herbouw = herbouw;
    }

    void naWissing() {
        Sleutelkluis.TransactieHaak.naCommit(() -> achtergrond.execute(this::herbouwAlles));
    }

    private void herbouwAlles() {
        for (String groep : herbouw.herbouwbaar()) {
            try {
                herbouw.start(groep);
            } catch (RuntimeException e) {
                // a herbouw of the group already running, or another instance holding it: that one rebuilds it
                LOG.warn("Read model {} not rebuilt after an erasure: {}", groep, e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        achtergrond.shutdownNow();
    }
}
