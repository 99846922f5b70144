package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.util.List;

/** What the {@link Gezinsregie} reads of the gezin's zaken when a handover arrives. */
public interface LopendeZaken {

    /** R10: whether the zaak still takes further handovers of the gezin (not returned, not closed). */
    boolean lopend(String zaakId);

    /**
     * The zaken of the gezin that were lopend when this version came in, before the gezin's handovers passed its
     * Gezinsregie (migration V2_12, a fixed list); oldest first.
     */
    List<String> vanVoorGezinsregie(String gezinId);
}
