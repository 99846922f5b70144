package nl.veiligthuis.keten.monitoring.tijdlijn;

/**
 * The first place where a gezin's stored chain no longer matches (R19).
 *
 * @param positie position in the chain, 1 for the first row stored under {@code keten}
 * @param eventId the row found at that position; null when the chain ends before it
 * @param keten   the gezinId the row was stored under: the gezin's own, or an earlier one koppeled to it
 */
public record Afwijking(long positie, String eventId, Reden reden, String keten) {

    public enum Reden {
        /** The row's fields no longer give its stored hash: the row was changed. */
        HASH_WIJKT_AF,
        /** The row's vorige_hash is not the hash of the row before it: a row was removed or inserted. */
        SCHAKEL_VERBROKEN,
        /** The chain head's length or last hash does not match the last row: rows were removed at the end. */
        KETENKOP_WIJKT_AF
    }
}
