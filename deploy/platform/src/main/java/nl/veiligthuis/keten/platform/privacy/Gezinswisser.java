package nl.veiligthuis.keten.platform.privacy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a gezin in this service (R21): its keys, and what each {@link Wisactie} derived from its data. The event store
 * and the read models hold its personal data encrypted with those keys ({@link Leesmodelversleuteling}), so both read
 * as {@code [gewist]} once this commits; no read model needs a rebuild for it.
 */
public class Gezinswisser {

    private static final Logger LOG = LoggerFactory.getLogger(Gezinswisser.class);

    private final Sleutelkluis kluis;
    private final List<Wisactie> acties;

    Gezinswisser(Sleutelkluis kluis, List<Wisactie> acties) {
        this.kluis = kluis;
        this.acties = acties;
    }

    /** @return how many keys were destroyed now (0 when there were none, or they already were) */
    public int wis(String gezinId, String grond) {
        int vernietigd = kluis.vernietig(gezinId, grond);
        acties.forEach(actie -> actie.wis(gezinId));
        LOG.info("Gezin {} erased ({}): {} keys destroyed now", gezinId, grond, vernietigd);
        return vernietigd;
    }
}
