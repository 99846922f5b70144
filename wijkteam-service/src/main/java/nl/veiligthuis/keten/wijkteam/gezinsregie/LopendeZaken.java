package nl.veiligthuis.keten.wijkteam.gezinsregie;

import java.util.List;

/** What the {@link Gezinsregie} reads of the gezin's zaken when a handover arrives. */
public interface LopendeZaken {

    /**
     * R10: whether the zaak still takes further handovers of the gezin (not returned, not closed) for this gemeente:
     * a handover to another gemeente opens a zaak there, whose team can read its package.
     */
    boolean lopendIn(String zaakId, String gemeente);

    /**
     * Zaken of the gezin that did not pass its Gezinsregie: those lopend when this version came in (migration V2_12,
     * a fixed list) and those the read model knows as lopend (opened by an older instance still running during an
     * upgrade); oldest first. Each is checked with {@link #lopendIn} before it is joined.
     */
    List<String> buitenGezinsregie(String gezinId);
}
