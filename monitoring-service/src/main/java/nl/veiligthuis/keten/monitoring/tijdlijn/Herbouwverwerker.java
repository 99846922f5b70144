package nl.veiligthuis.keten.monitoring.tijdlijn;

import java.util.List;
import nl.veiligthuis.keten.platform.messaging.KetenEvent;

/** What a {@link Herbouwbron} reports while it reads, in this order: begonnen, verwerk…, then klaar or mislukt. */
public interface Herbouwverwerker {

    /** The partitions to read, each from {@code begin} up to (not including) {@code eind}, fixed at the start. */
    void begonnen(List<Partitie> partities);

    /**
     * One batch of events read; {@code gelezen} is the progress so far in offsets over all partitions, and
     * {@code ongeldig} the records of this batch that were not valid CloudEvents and were skipped.
     */
    void verwerk(List<Gelezen> batch, long gelezen, long ongeldig);

    void klaar();

    /** {@code reden} is shown to the operator: no content of events in it. */
    void mislukt(String reden);

    record Partitie(String topic, int partitie, long begin, long eind) {
    }

    record Gelezen(KetenEvent event, Herkomst herkomst) {
    }
}
