package nl.veiligthuis.keten.melding.terugkoppeling;

/**
 * R6: the way a letter reaches the melder (VT's mail gateway, Zorgmail, the melder's own system), an adapter in
 * package {@code bezorging}. Throws {@link BezorgingMislukt} when the letter did not arrive; it is tried again.
 */
public interface Bezorgkanaal {

    /** Whether a channel is configured at all; without one the letters wait, visibly. */
    boolean ingesteld();

    void bezorg(Bezorgopdracht opdracht);

    /** The letter did not arrive; {@code reden} names the failure without the address or the letter. */
    class BezorgingMislukt extends RuntimeException {

        public BezorgingMislukt(String reden) {
            super(reden);
        }
    }
}
