package nl.veiligthuis.keten.monitoring.tijdlijn;

/** Where a herbouw reads the chain's events from: every topic from its start to its end at that moment. */
public interface Herbouwbron {

    /** Returns at once; reads on a thread of its own and reports to {@code verwerker}, which it calls in turn. */
    void lees(Herbouwverwerker verwerker);
}
