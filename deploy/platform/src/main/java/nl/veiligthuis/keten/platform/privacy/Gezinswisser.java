package nl.veiligthuis.keten.platform.privacy;

import java.util.List;

/**
 * Erases a gezin in this service (R21): its keys, what each {@link Wisactie} derived from its data, and, rebuilt from
 * the event store afterwards, its read models.
 */
public class Gezinswisser {

    private final Sleutelkluis kluis;
    private final List<Wisactie> acties;
    private final Leesmodelherbouw leesmodellen;

    Gezinswisser(Sleutelkluis kluis, List<Wisactie> acties, Leesmodelherbouw leesmodellen) {
        this.kluis = kluis;
        this.acties = acties;
        this.leesmodellen = leesmodellen;
    }

    /**
     * @return how many keys were destroyed now. The read models are rebuilt once this commits, also when none were
     * left: repeating an erasure repairs a rebuild a stop cut short.
     */
    public int wis(String gezinId, String grond) {
        int vernietigd = kluis.vernietig(gezinId, grond);
        acties.forEach(actie -> actie.wis(gezinId));
        if (leesmodellen != null) {
            leesmodellen.naWissing();
        }
        return vernietigd;
    }
}
