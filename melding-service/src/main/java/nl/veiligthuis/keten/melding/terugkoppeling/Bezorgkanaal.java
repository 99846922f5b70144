package nl.veiligthuis.keten.melding.terugkoppeling;

/**
 * R6: the way a letter reaches the melder (VT's mail gateway, Zorgmail, the melder's own system), an adapter in
 * package {@code bezorging}. Throws {@link BezorgingMislukt} when the letter did not arrive; it is tried again.
 */
public interface Bezorgkanaal {

    /** Whether a channel is configured at all; without one the letters wait, visibly. */
    boolean ingesteld();

    void bezorg(Bezorgopdracht opdracht);

    /**
     * The letter did not arrive; {@code reden} names the failure without the address or the letter.
     * {@code opnieuw}: whether trying again can help (not after the receiver refused the letter itself, a 4xx).
     */
    class BezorgingMislukt extends RuntimeException {

        private final boolean opnieuw;

        public BezorgingMislukt(String reden) {
            this(reden, true);
        }

        public BezorgingMislukt(String reden, boolean opnieuw) {
            super(reden);
            this.opnieuw = opnieuw;
        }

        public boolean opnieuw() {
            return opnieuw;
        }
    }

    /** The round was stopped (the service shuts down): not an attempt, the letter is due again at once. */
    class BezorgingOnderbroken extends RuntimeException {

        public BezorgingOnderbroken() {
            super("onderbroken");
        }
    }
}
