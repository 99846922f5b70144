package nl.veiligthuis.keten.melding.melding;

public enum MelderType {
    POLITIE, PROFESSIONAL, BURGER, ANONIEM;

    /** R6: a professional (Meldcode) or police melder hears who is involved; a citizen only whether a route started. */
    public boolean hoortWieBetrokkenIs() {
        return this == PROFESSIONAL || this == POLITIE;
    }
}
