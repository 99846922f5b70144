package nl.veiligthuis.keten.platform.privacy;

import java.util.List;

/** Erases a gezin in this service (R21): its keys, and what each {@link Wisactie} derived from its data. */
public class Gezinswisser {

    private final Sleutelkluis kluis;
    private final List<Wisactie> acties;

    Gezinswisser(Sleutelkluis kluis, List<Wisactie> acties) {
        this.kluis = kluis;
        this.acties = acties;
    }

    /** @return how many keys were destroyed now */
    public int wis(String gezinId, String grond) {
        int vernietigd = kluis.vernietig(gezinId, grond);
        acties.forEach(actie -> actie.wis(gezinId));
        return vernietigd;
    }
}
