package nl.veiligthuis.keten.melding.melding;

import java.util.List;

/**
 * The gezin a new melding belongs to, a {@code persoonId} per reported member (in the order reported; reused for a
 * person already known in that gezin) and the known gezinnen offered as possible duplicates.
 */
public record Herkenning(String gezinId, List<String> persoonIds, List<MogelijkDuplicaat> mogelijkeDuplicaten) {

    public Herkenning {
        persoonIds = List.copyOf(persoonIds);
        mogelijkeDuplicaten = List.copyOf(mogelijkeDuplicaten);
    }
}
