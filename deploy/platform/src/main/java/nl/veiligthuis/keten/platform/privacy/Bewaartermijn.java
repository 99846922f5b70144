package nl.veiligthuis.keten.platform.privacy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R21: when nothing was added to a gezin's data for the retention period ({@code keten.privacy.bewaartermijn},
 * default 20 years), its keys are destroyed, as an erasure request would. Run daily by db-scheduler.
 */
public class Bewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijn.class);

    private final Sleutelkluis kluis;
    private final Gezinswisser wisser;
    private final Duration termijn;
    private final Clock klok;
    private final TransactionTemplate transactie;

    Bewaartermijn(Sleutelkluis kluis, Gezinswisser wisser, Duration termijn, Clock klok,
                  TransactionTemplate transactie) {
        this.kluis = kluis;
        this.wisser = wisser;
        this.termijn = termijn;
        this.klok = klok;
        this.transactie = transactie;
    }

    /** @return the number of holders whose keys were destroyed */
    public int verwijderVerlopen() {
        List<String> verlopen = kluis.onaangeroerdSinds(klok.instant().minus(termijn));
        verlopen.forEach(houder -> transactie.executeWithoutResult(
                status -> wisser.wis(houder, "BEWAARTERMIJN")));
        if (!verlopen.isEmpty()) {
            LOG.info("Retention period passed: keys of {} holders destroyed", verlopen.size());
        }
        return verlopen.size();
    }
}
