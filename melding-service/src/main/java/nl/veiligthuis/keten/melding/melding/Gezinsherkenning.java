package nl.veiligthuis.keten.melding.melding;

import java.util.List;

/** Recognises the gezin of a new melding among the gezinnen known from earlier meldingen (package {@code gezin}). */
public interface Gezinsherkenning {

    boolean kent(String gezinId);

    /**
     * @param gezinId the known gezin the medewerker chose, or null to let the BSNs decide
     * @param leden   the members as reported, in order
     */
    Herkenning herken(String gezinId, List<Persoonskenmerken> leden);
}
