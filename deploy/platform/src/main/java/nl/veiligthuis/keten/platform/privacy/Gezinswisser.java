package nl.veiligthuis.keten.platform.privacy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases a gezin in this service (R21): its keys, and what each {@link Wisactie} derived from its data, and so every
 * gezin that went up in it ({@link OpgeganeGezinnen}). The event store and the read models hold its personal data
 * encrypted with those keys ({@link Leesmodelversleuteling}), so both read as {@code [gewist]} once this commits; no
 * read model needs a rebuild for it.
 */
public class Gezinswisser {

    private static final Logger LOG = LoggerFactory.getLogger(Gezinswisser.class);

    private final Sleutelkluis kluis;
    private final List<Wisactie> acties;
    private final List<OpgeganeGezinnen> opgegaan;

    Gezinswisser(Sleutelkluis kluis, List<Wisactie> acties, List<OpgeganeGezinnen> opgegaan) {
        this.kluis = kluis;
        this.acties = acties;
        this.opgegaan = opgegaan;
    }

    /**
     * @param vernietigdeSleutels how many keys were destroyed now (0 when there were none, or they already were)
     * @param opgegaan            the other gezinnen erased with it, because their data went up in it: the chain is
     *                            to erase them too
     */
    public record Gewist(int vernietigdeSleutels, List<String> opgegaan) {
    }

    public Gewist wis(String gezinId, String grond) {
        Set<String> gewist = new LinkedHashSet<>(List.of(gezinId));
        Deque<String> te = new ArrayDeque<>(List.of(gezinId));
        int vernietigd = 0;
        while (!te.isEmpty()) {
            String gezin = te.pop();
            int nu = kluis.vernietig(gezin, grond);
            vernietigd += nu;
            acties.forEach(actie -> actie.wis(gezin));
            LOG.info("Gezin {} erased ({}): {} keys destroyed now", gezin, grond, nu);
            opgegaan.forEach(bron -> bron.in(gezin).stream().filter(gewist::add).forEach(te::add));
        }
        gewist.remove(gezinId);
        return new Gewist(vernietigd, List.copyOf(gewist));
    }
}
